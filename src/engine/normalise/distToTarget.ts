// Distance to a target, COINr's n_dist2targ (direction 1): (x - min) / (target - min), optionally capped at 1.
import { EngineError } from '../errors.js';
import { extent, mapPresent } from './extent.js';

/**
 * Values and target must be on the same (directed) scale. A target equal to the minimum is an error
 * naming `node` (zero denominator); a target below the minimum gives negative scores, as in COINr.
 */
export function distToTarget(
  values: Float64Array,
  target: number,
  capMax = false,
  node = 'dist2targ',
): Float64Array {
  if (!Number.isFinite(target))
    throw new EngineError(node, `distance to target needs a finite target, not ${target}`);
  const { min, count } = extent(values);
  if (count > 0 && target === min) {
    throw new EngineError(
      node,
      `the target (${target}) equals the lowest value: distance to target is undefined`,
    );
  }
  return mapPresent(values, (x) => {
    const y = (x - min) / (target - min);
    return capMax && y > 1 ? 1 : y;
  });
}
