// Squared Euclidean distance between rows of a profile matrix (units × dimensions).
export type Profiles = readonly (readonly number[])[];

export function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) d += (a[k]! - b[k]!) ** 2;
  return d;
}
