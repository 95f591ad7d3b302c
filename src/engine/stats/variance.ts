// Sample variance (denominator n - 1) of the present values, as R's var(x, na.rm = TRUE).
import { centralSums } from './moments.js';

/** NaN when fewer than two values are present. */
export function sampleVariance(values: ArrayLike<number>): number {
  const { n, s2 } = centralSums(values);
  return n < 2 ? Number.NaN : s2 / (n - 1);
}
