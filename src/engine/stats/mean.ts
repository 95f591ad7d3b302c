// Arithmetic mean of the present values, as R's mean(x, na.rm = TRUE): a sum, then one correcting pass.
import { presentValues } from './present.js';
import { accurateSum } from './sum.js';

/** Mean of the present values; NaN when none is present. */
export function mean(values: ArrayLike<number>): number {
  return meanOfPresent(presentValues(values));
}

/** Mean of values known to be present (no NaN). */
export function meanOfPresent(xs: readonly number[]): number {
  const n = xs.length;
  if (n === 0) return Number.NaN;
  const first = accurateSum(xs) / n;
  if (!Number.isFinite(first)) return first;
  return first + accurateSum(xs.map((x) => x - first)) / n;
}
