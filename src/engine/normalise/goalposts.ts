// Goalpost normalisation, COINr's n_goalposts with goalposts given in the indicator's own units (as via iMeta).
import { EngineError } from '../errors.js';
import type { Direction } from '../structure.js';
import { mapPresent } from './extent.js';

export interface Goalposts {
  /** Lower and upper goalposts in the indicator's own units (low < high), whatever its direction. */
  low: number;
  high: number;
  /** Factor applied after the fraction (COINr's third goalpost entry). */
  scale: number;
  /** Clamp fractions to [0, 1] before scaling (COINr's trunc2posts, default on). */
  truncate: boolean;
}

/**
 * `values` are already multiplied by `direction`. For direction 1: (x - low) / (high - low); for -1 the
 * goalposts are flipped onto the directed scale (-high, -low), giving (high - x_raw) / (high - low).
 */
export function goalposts(
  values: Float64Array,
  posts: Goalposts,
  direction: Direction = 1,
  node = 'goalposts',
): Float64Array {
  const { low, high, scale, truncate } = posts;
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    throw new EngineError(
      node,
      `goalposts need a lower goalpost below the upper one, not low ${low}, high ${high}`,
    );
  }
  const [from, to] = direction === 1 ? [low, high] : [-high, -low];
  return mapPresent(values, (x) => {
    let y = (x - from) / (to - from);
    if (truncate) y = y > 1 ? 1 : y < 0 ? 0 : y;
    return y * scale;
  });
}
