// The weighted outranking matrix of units, as COINr's outrankMatrix.
import { exactSum as sum } from './exactSum.js';

/**
 * M[a][b] for a < b is the share of weight (weights rescaled to sum to 1 over all inputs) of the inputs where
 * unit a is higher than unit b, plus half the share where they are equal; an input missing for either unit
 * counts for neither. As COINr, the lower triangle is 1 - the upper one (so weight missing in a pair goes to
 * the later unit) and the diagonal is 0.
 */
export function outrankingMatrix(
  columns: readonly Float64Array[],
  weights: readonly number[],
): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const total = sum(weights);
  const w = weights.map((x) => x / total);
  const matrix = Array.from({ length: n }, () => new Float64Array(n));
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const higher: number[] = [];
      const equal: number[] = [];
      columns.forEach((column, k) => {
        if (column[a]! > column[b]!) higher.push(w[k]!);
        else if (column[a] === column[b]) equal.push(w[k]!);
      });
      const score = sum(higher) + sum(equal) / 2;
      matrix[a]![b] = score;
      matrix[b]![a] = 1 - score;
    }
  }
  return matrix;
}

/** Number of dominance pairs (an entry of exactly 1) and their share of all unordered pairs. */
export function dominance(matrix: readonly Float64Array[]): { count: number; share: number } {
  const n = matrix.length;
  const count = matrix.reduce((acc, row) => acc + row.filter((x) => x === 1).length, 0);
  return { count, share: count / ((n * n - n) / 2) };
}
