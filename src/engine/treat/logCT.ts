// COINr's log_CT ("COIN Tool" log): log(x - min + 0.01 (max - min)) over the present values.
import { extent, mapPresent } from '../normalise/extent.js';

/** Missing stays missing; the minimum maps to log(0.01 (max - min)). */
export function logCT(values: Float64Array): Float64Array {
  const { min, max } = extent(values);
  return mapPresent(values, (x) => Math.log(x - min + 0.01 * (max - min)));
}
