// Region keys: AGS/ARS normalisation, validation against master data, territorial-change crosswalks.
export {
  normaliseRegionKey,
  parseRegionKey,
  type KeyForm,
  type KeyProblem,
  type KeyResult,
} from './normaliseRegionKey.js';
export { normaliseDistrictKey, type DistrictKeyResult } from './normaliseDistrictKey.js';
export { requireRegionKey } from './requireRegionKey.js';
export { regionMasterFromUnits, type RegionMaster } from './regionMaster.js';
export { readCrosswalk, parseCrosswalk, type Crosswalk, type CrosswalkRow } from './crosswalk.js';
export {
  applyCrosswalk,
  type CrosswalkedValue,
  type CrosswalkMeasure,
  type CrosswalkOptions,
  type KeyedValue,
} from './applyCrosswalk.js';
