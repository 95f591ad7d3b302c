// Distance to a reference unit's value, COINr's n_dist2ref: 1 - (ref - x) / (ref - min), optionally capped at 1.
import { EngineError } from '../errors.js';
import { extent, mapPresent } from './extent.js';

/**
 * `refIndex` is the position of the reference unit. Its value missing, or equal to the minimum (a zero
 * denominator), is an error naming `node`; COINr would return NaN and Inf.
 */
export function distToRef(
  values: Float64Array,
  refIndex: number,
  capMax = false,
  node = 'dist2ref',
  unit = `#${refIndex}`,
): Float64Array {
  const ref = values[refIndex];
  if (ref === undefined) throw new EngineError(node, `reference unit ${unit} is out of range`);
  if (Number.isNaN(ref))
    throw new EngineError(node, `reference unit ${unit} has no value: cannot measure distance to it`);
  const { min } = extent(values);
  if (ref === min) {
    throw new EngineError(
      node,
      `reference unit ${unit} has the lowest value (${ref}): distance to reference is undefined`,
    );
  }
  return mapPresent(values, (x) => {
    const y = 1 - (ref - x) / (ref - min);
    return capMax && y > 1 ? 1 : y;
  });
}
