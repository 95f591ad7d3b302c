// Fraction of the maximum, COINr's n_fracmax: x / max.
import { DegenerateColumnError } from '../errors.js';
import { extent, mapPresent } from './extent.js';

/** Missing stays missing; a maximum of 0 is an error naming `node`. */
export function fracMax(values: Float64Array, node = 'fracmax'): Float64Array {
  const { max } = extent(values);
  if (max === 0)
    throw new DegenerateColumnError(node, 'has a maximum of 0: cannot express values as a fraction of it');
  return mapPresent(values, (x) => x / max);
}
