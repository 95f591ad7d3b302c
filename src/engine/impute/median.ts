// The median of the present (non-NaN) values, as R's median(x, na.rm = TRUE).
import { mean } from '../stats/mean.js';
import { presentValues } from '../stats/present.js';

/** Median of the present values (mean of the two middle ones when their number is even); NaN when there are none. */
export function medianOfPresent(values: ArrayLike<number>): number {
  const sorted = presentValues(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const half = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[half]! : mean([sorted[half - 1]!, sorted[half]!]);
}
