// Weighted arithmetic mean per unit, as COINr's a_amean.
import { byRow, type MeanOptions } from './rows.js';
import { exactSum as sum } from './exactSum.js';

/**
 * y = Σ (w_i / Σw) x_i over the present inputs: missing inputs are dropped with their weights and the
 * remaining weights renormalised. Below minShare availability (count of present inputs / inputs) or with no
 * input present, NaN.
 */
export function weightedArithmetic(
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare: number | MeanOptions = 0,
): Float64Array {
  const threshold = typeof minShare === 'number' ? minShare : (minShare.minShare ?? 0);
  return byRow(columns, weights, threshold, ({ values, weights: w }) => {
    const total = sum(w);
    return sum(values.map((x, i) => (w[i]! / total) * x));
  });
}
