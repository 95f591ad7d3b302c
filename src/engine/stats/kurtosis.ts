// Bias-corrected sample excess kurtosis of the present values: COINr's kurt() (e1071 type 2, Excel's KURT).
import { centralSums, type CentralSums } from './moments.js';

/**
 * r = n * S4 / S2^2; ((n + 1) (r - 3) + 6) (n - 1) / ((n - 2) (n - 3)).
 * NaN with fewer than 4 present values or when all are equal.
 */
export function kurtosis(values: ArrayLike<number>): number {
  return kurtosisFromSums(centralSums(values));
}

export function kurtosisFromSums({ n, s2, s4 }: CentralSums): number {
  if (n < 4) return Number.NaN;
  const r = (n * s4) / s2 ** 2;
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
