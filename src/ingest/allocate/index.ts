// District-level values allocated to municipalities, each marked with how.
export {
  allocateDistrictValues,
  districtOf,
  type Allocation,
  type AllocationKey,
  type AllocatedValue,
  type AllocationProblem,
  type AllocationResult,
  type AllocationTarget,
  type DistrictValue,
} from './allocateDistrict.js';
