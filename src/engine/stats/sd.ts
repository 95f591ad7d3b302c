// Sample standard deviation (denominator n - 1) of the present values, as R's sd(x, na.rm = TRUE).
import { sampleVariance } from './variance.js';

/** NaN when fewer than two values are present. */
export function sampleSd(values: ArrayLike<number>): number {
  return Math.sqrt(sampleVariance(values));
}
