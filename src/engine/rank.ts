/**
 * Descending ranks (1 = highest). Ties share the best rank ("min" method: 1, 2, 2, 4);
 * missing values get a NaN rank. As R's rank(-x, ties.method = "min", na.last = "keep").
 */
export function rankDescending(values: Float64Array): Float64Array {
  const ranks = new Float64Array(values.length);
  rankDescendingInto(values, ranks, Number.NaN, shared);
  return ranks;
}

/** Where ranks can be written: ranks as doubles (NaN for missing) or compact integers (0 for missing). */
export type RankOutput = Float64Array | Uint16Array | Uint32Array;

/** The buffers of a ranking, kept between calls so that ranking many runs allocates nothing. */
export class RankScratch {
  /** Present values in ascending order once sorted, with their positions in the input. */
  keys = new Float64Array(0);
  ids = new Int32Array(0);
  /** Per input position: its bucket. Per bucket: where it starts, then where it ends. */
  bucketOf = new Int32Array(0);
  bounds = new Int32Array(0);

  reserve(n: number): void {
    if (this.keys.length >= n) return;
    this.keys = new Float64Array(n);
    this.ids = new Int32Array(n);
    this.bucketOf = new Int32Array(n);
    this.bounds = new Int32Array(n + 1);
  }
}

/** rankDescending's buffers: JavaScript runs one call at a time, and a ranking does not call another. */
const shared = new RankScratch();

/**
 * Writes the descending "min" rank of each value into `out` (`missing` for NaN): 1 + the number of
 * values strictly greater. Equal values (including -0 and 0) share a rank.
 */
export function rankDescendingInto(
  values: Float64Array,
  out: RankOutput,
  missing: number,
  scratch: RankScratch,
): void {
  const n = values.length;
  scratch.reserve(n);
  if (n <= FEW) {
    rankBySearch(values, out, missing, scratch);
    return;
  }
  for (let i = 0; i < n; i++) if (Number.isNaN(values[i]!)) out[i] = missing;
  const m = sortAscending(values, scratch);
  const { keys, ids } = scratch;
  // Walk down from the largest value: a value's rank is its position from the top, unless it equals the one above.
  let rank = 1;
  for (let k = m - 1; k >= 0; k--) {
    if (k < m - 1 && keys[k] !== keys[k + 1]) rank = m - k;
    out[ids[k]!] = rank;
  }
}

/**
 * Up to this many values, sorting them with the built-in sort and finding each by binary search is
 * fastest while the code is still cold (an analysis of a small index ranks a few hundred times, mostly
 * before the JIT has compiled the bucket sort); above, the bucket sort wins by far.
 */
const FEW = 64;

/** rankDescendingInto for few values: rank = 1 + the number of sorted values above it. */
function rankBySearch(values: Float64Array, out: RankOutput, missing: number, scratch: RankScratch): void {
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isNaN(x)) scratch.keys[m++] = x;
  }
  const sorted = scratch.keys.subarray(0, m).sort();
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    out[i] = Number.isNaN(x) ? missing : m - firstAbove(sorted, x) + 1;
  }
}

/** The number of sorted values ≤ x (−0 and 0 count as equal). */
function firstAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Below this many values, one insertion sort beats bucketing. */
const SMALL = 32;

/**
 * Sorts the present values ascending into scratch.keys (positions in scratch.ids) and returns their
 * count. A bucket sort: each value goes to a bucket by linear interpolation between min and max (a
 * monotone map, so buckets are in order), and each bucket is then sorted exactly. For scores spread
 * over a range this is linear time, an order of magnitude faster than Float64Array.prototype.sort on
 * 10,000 values, and ranking is the hot spot of an uncertainty analysis with many units.
 */
function sortAscending(values: Float64Array, scratch: RankScratch): number {
  const n = values.length;
  let m = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    m++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (m <= SMALL || !Number.isFinite(min) || !Number.isFinite(max)) {
    gatherInOrder(values, scratch);
    sortRange(values, scratch, 0, m);
    return m;
  }
  distribute(values, scratch, m, min, max);
  const { bounds } = scratch;
  for (let b = 0, start = 0; b < m; b++) {
    const end = bounds[b]!;
    if (end - start > 1) sortRange(values, scratch, start, end);
    start = end;
  }
  return m;
}

/** The present values and their positions, in input order. */
function gatherInOrder(values: Float64Array, scratch: RankScratch): void {
  const { keys, ids } = scratch;
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    keys[m] = x;
    ids[m++] = i;
  }
}

/**
 * Counting-sort pass into m buckets over [min, max]: afterwards bucket b occupies
 * keys[bounds[b - 1] … bounds[b]) (from 0 for the first).
 */
function distribute(values: Float64Array, scratch: RankScratch, m: number, min: number, max: number): void {
  const { keys, ids, bucketOf, bounds } = scratch;
  // With max − min overflowing, scale is 0 and every value lands in bucket 0 (then sorted by comparison).
  const scale = max > min ? m / (max - min) : 0;
  bounds.fill(0, 0, m + 1);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) {
      bucketOf[i] = -1;
      continue;
    }
    const b = Math.min(m - 1, Math.floor((x - min) * scale));
    bucketOf[i] = b;
    bounds[b + 1]!++;
  }
  for (let b = 0; b < m; b++) bounds[b + 1]! += bounds[b]!;
  // bounds[b] is now where bucket b starts; placing its values moves it to where the bucket ends.
  for (let i = 0; i < values.length; i++) {
    const b = bucketOf[i]!;
    if (b < 0) continue;
    const at = bounds[b]!++;
    keys[at] = values[i]!;
    ids[at] = i;
  }
}

/** Sorts keys[start … end) ascending, moving ids along: insertion sort when short, else by comparison. */
function sortRange(values: Float64Array, scratch: RankScratch, start: number, end: number): void {
  const { keys, ids } = scratch;
  if (end - start <= SMALL) {
    for (let i = start + 1; i < end; i++) {
      const x = keys[i]!;
      const id = ids[i]!;
      let j = i - 1;
      for (; j >= start && keys[j]! > x; j--) {
        keys[j + 1] = keys[j]!;
        ids[j + 1] = ids[j]!;
      }
      keys[j + 1] = x;
      ids[j + 1] = id;
    }
    return;
  }
  // Rare (a crowded bucket, or infinite values): sort the positions by value. Ties may end in any order,
  // which does not matter for ranks; Infinity − Infinity is NaN, which sort reads as "equal".
  ids.subarray(start, end).sort((a, b) => values[a]! - values[b]!);
  for (let k = start; k < end; k++) keys[k] = values[ids[k]!]!;
}
