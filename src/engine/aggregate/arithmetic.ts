// Weighted arithmetic mean per unit, as COINr's a_amean.
import type { MeanOptions } from './rows.js';

/**
 * y = Σ (w_i / Σw) x_i over the present inputs: missing inputs are dropped with their weights and the
 * remaining weights renormalised. Below minShare availability (count of present inputs / inputs) or with no
 * input present, NaN. Tight loops without allocation: this runs millions of times in the uncertainty
 * analysis. Plain double sums differ from R's long-double sum() by a few ulps at most, far inside 1e-9.
 * `out`, when given, receives the result (the analysis reuses one buffer per node).
 *
 * Fast path: every unit first gets the mean as if all its inputs were present, column by column with one
 * factor w_i / Σw per input. For a unit whose inputs are all present that is exactly what `unitMean`
 * computes (the same operations in the same order); a missing input makes the result NaN, and such units
 * are computed again by `unitMean`.
 */
export function weightedArithmetic(
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare: number | MeanOptions = 0,
  out: Float64Array = new Float64Array(columns[0]?.length ?? 0),
): Float64Array {
  const threshold = typeof minShare === 'number' ? minShare : (minShare.minShare ?? 0);
  // Availability is at most k / k = 1.
  if (columns.length === 0 || 1 < threshold) return out.fill(Number.NaN);
  let total = 0;
  for (let j = 0; j < columns.length; j++) total += weights[j]!;
  out.fill(0);
  for (let j = 0; j < columns.length; j++) addScaled(out, columns[j]!, weights[j]! / total);
  for (let i = 0; i < out.length; i++) {
    if (Number.isNaN(out[i]!)) out[i] = unitMean(columns, weights, threshold, i);
  }
  return out;
}

/** out += factor · column, element by element. */
function addScaled(out: Float64Array, column: Float64Array, factor: number): void {
  for (let i = 0; i < out.length; i++) out[i]! += factor * column[i]!;
}

/** The mean of unit i over its present inputs, NaN below the availability threshold. */
function unitMean(
  columns: readonly Float64Array[],
  weights: readonly number[],
  threshold: number,
  i: number,
) {
  const k = columns.length;
  let present = 0;
  let total = 0;
  for (let j = 0; j < k; j++) {
    if (!Number.isNaN(columns[j]![i]!)) {
      present++;
      total += weights[j]!;
    }
  }
  if (present === 0 || present / k < threshold) return Number.NaN;
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const x = columns[j]![i]!;
    if (!Number.isNaN(x)) sum += (weights[j]! / total) * x;
  }
  return sum;
}
