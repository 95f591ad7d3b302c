/**
 * Weighted arithmetic mean per unit over the given columns. Missing inputs are skipped and the
 * remaining weights renormalised; a unit whose available weight share is below minShare gets NaN.
 */
export function weightedArithmetic(
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare = 0,
): Float64Array {
  const n = columns[0]?.length ?? 0;
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let weight = 0;
    for (let j = 0; j < columns.length; j++) {
      const x = columns[j]![i]!;
      if (Number.isNaN(x)) continue;
      sum += weights[j]! * x;
      weight += weights[j]!;
    }
    out[i] = weight === 0 || weight / totalWeight < minShare ? Number.NaN : sum / weight;
  }
  return out;
}
