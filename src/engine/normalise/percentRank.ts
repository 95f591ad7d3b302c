// Percentile ranks, COINr's n_prank: (rank - 1) / (present count - 1), ranks ascending with ties "min".
import { DegenerateColumnError } from '../errors.js';
import { rankAscending } from './rank.js';

/** 0 for the smallest, 1 for the largest present value; missing stays NaN; one present value is an error. */
export function percentRank(values: Float64Array, node = 'prank'): Float64Array {
  const ranks = rankAscending(values);
  const count = ranks.reduce((n, r) => (Number.isNaN(r) ? n : n + 1), 0);
  if (count === 1)
    throw new DegenerateColumnError(node, 'has only one value: percentile ranks need at least two');
  return ranks.map((r) => (r - 1) / (count - 1));
}
