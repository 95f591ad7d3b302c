// Bias-corrected sample skewness of the present values: COINr's skew() (e1071 type 2, Excel's SKEW).
import { centralSums, type CentralSums } from './moments.js';

/**
 * sqrt(n) * S3 / S2^(3/2) * sqrt(n (n - 1)) / (n - 2), with S_k the sums of k-th powers of deviations.
 * NaN with fewer than 3 present values or when all are equal.
 */
export function skewness(values: ArrayLike<number>): number {
  return skewnessFromSums(centralSums(values));
}

export function skewnessFromSums({ n, s2, s3 }: CentralSums): number {
  if (n < 3) return Number.NaN;
  const g = (Math.sqrt(n) * s3) / s2 ** 1.5;
  return (g * Math.sqrt(n * (n - 1))) / (n - 2);
}
