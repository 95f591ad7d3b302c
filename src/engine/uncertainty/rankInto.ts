// Descending ranks written into a compact integer array, as rankDescending computes them (0 = missing).
import { rankDescendingInto, RankScratch } from '../rank.js';

export type RankArray = Uint16Array | Uint32Array;

/**
 * Writes into `out` the rank of each score: 1 + the number of scores strictly greater (ties share
 * the best rank), 0 for a missing score. Pass the same `scratch` to rank many runs without allocating.
 */
export function rankInto(scores: Float64Array, out: RankArray, scratch = new RankScratch()): void {
  rankDescendingInto(scores, out, 0, scratch);
}

/** The rank array type that holds ranks up to n. */
export function rankArray(length: number, units: number): RankArray {
  return units < 65535 ? new Uint16Array(length) : new Uint32Array(length);
}

/** Bytes per rank in rankArray's type. */
export function rankBytes(units: number): number {
  return units < 65535 ? 2 : 4;
}

/** rankArray's type as a view of `length` ranks of a buffer, from rank number `offset` (e.g. shared memory). */
export function rankView(buffer: ArrayBufferLike, offset: number, length: number, units: number): RankArray {
  if (length === 0) return rankArray(0, units);
  return units < 65535
    ? new Uint16Array(buffer, offset * 2, length)
    : new Uint32Array(buffer, offset * 4, length);
}
