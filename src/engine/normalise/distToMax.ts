// Distance to the maximum, COINr's n_dist2max: 1 - (max - x) / (max - min).
import { extent, mapPresent } from './extent.js';
import { zeroRange } from './minMax.js';

/** Scores in [0, 1]; missing stays missing; zero range is an error naming `node`. */
export function distToMax(values: Float64Array, node = 'dist2max'): Float64Array {
  const { min, max, count } = extent(values);
  if (count > 0 && max === min) throw zeroRange(node, min);
  return mapPresent(values, (x) => 1 - (max - x) / (max - min));
}
