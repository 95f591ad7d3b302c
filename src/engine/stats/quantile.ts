// Sample quantile of the present values, as R's quantile(x, p, type = 7, na.rm = TRUE).
import { presentValues } from './present.js';

/** Linear interpolation between order statistics at h = 1 + (n - 1) p; NaN when no value is present. */
export function quantile(values: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must lie in [0, 1], not ${p}`);
  const xs = presentValues(values).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = xs[lo - 1]!;
  const high = xs[hi - 1]!;
  if (!(index > lo && high !== low)) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}
