// Borda scores, COINr's n_borda: ascending rank (ties "min") minus one.
import { rankAscending } from './rank.js';

/** 0 for the smallest present value; ties share the lowest score; missing stays NaN. */
export function borda(values: Float64Array): Float64Array {
  return rankAscending(values).map((r) => r - 1);
}
