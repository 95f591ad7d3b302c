// Copeland scores per unit, as COINr's a_copeland.
import { outrankingMatrix } from './outranking.js';

/**
 * Each unit's row sum of the outranking matrix after mapping entries > 0.5 to 1, < 0.5 to -1 and exactly 0.5
 * to 0 (diagonal 0): wins minus losses in weighted pairwise comparisons, between -(n-1) and n-1. Works on the
 * whole columns at once (COINr's by_df = TRUE), so the availability threshold does not apply.
 */
export function copeland(columns: readonly Float64Array[], weights: readonly number[]): Float64Array {
  const matrix = outrankingMatrix(columns, weights);
  return Float64Array.from(matrix, (row, a) =>
    row.reduce((acc, x, b) => acc + (a === b ? 0 : x > 0.5 ? 1 : x < 0.5 ? -1 : 0), 0),
  );
}
