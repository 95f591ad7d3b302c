// Min-max normalisation, COINr's n_minmax: (x - min) / (max - min) * (high - low) + low.
import { DegenerateColumnError } from '../errors.js';
import { extent, mapPresent } from './extent.js';

/**
 * Maps the present values linearly onto [low, high]; missing (NaN) stays missing. COINr returns NaN when
 * all values are equal; here that is a DegenerateColumnError naming the indicator (`node`), which the pipeline
 * reports as a warning and turns into a missing column (never a silent NaN).
 */
export function minMax(values: Float64Array, low = 0, high = 100, node = 'minmax'): Float64Array {
  const { min, max, count } = extent(values);
  if (count > 0 && max === min) throw zeroRange(node, min);
  return mapPresent(values, (x) => ((x - min) / (max - min)) * (high - low) + low);
}

export function zeroRange(node: string, value: number): DegenerateColumnError {
  return new DegenerateColumnError(
    node,
    `has zero range (every present value is ${value}): cannot normalise; drop the indicator or choose another method`,
  );
}
