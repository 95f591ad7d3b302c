// Per-unit statistics of the ranks of many runs, read from exact per-unit rank histograms.
import { medianSorted, quantileSorted } from './quantile.js';
import type { RankArray } from './rankInto.js';

export interface RankStatistics {
  /** Per unit, in input order; NaN where a unit has no rank. */
  nominal: Float64Array;
  mean: Float64Array;
  median: Float64Array;
  p05: Float64Array;
  p95: Float64Array;
  /** Share of the runs ranking the unit at k or better. */
  probTopK: Float64Array;
  /** Mean of |rank − nominal rank| over the runs. */
  meanShift: Float64Array;
  /** Runs in which the unit had a rank. */
  count: Uint32Array;
}

/** Units whose ranks are gathered at a time (see rankStatistics). */
const BLOCK = 256;

/**
 * Statistics over `runs` runs of ranks (run after run, `nominal.length` units each, 0 = missing),
 * missing ranks left out as R's na.rm = TRUE does: median as R's median, p05 and p95 as R's
 * quantile type 7 (COINr's RankStats), the share of runs with rank ≤ topK, and the mean absolute shift.
 *
 * Each unit's ranks are counted into a histogram (one count per possible rank) and read from it. With
 * many units, counting straight from the run-after-run layout would jump through a large block of
 * histograms; instead a block of units' ranks is first copied unit after unit (`gatherBlock`, reading
 * and writing memory in order), then each unit is counted into one small histogram that stays in cache.
 */
export function rankStatistics(ranks: RankArray, nominal: RankArray, topK: number): RankStatistics {
  const units = nominal.length;
  const runs = units === 0 ? 0 : ranks.length / units;
  const stats: RankStatistics = {
    nominal: Float64Array.from(nominal, (r) => (r === 0 ? Number.NaN : r)),
    mean: new Float64Array(units),
    median: new Float64Array(units),
    p05: new Float64Array(units),
    p95: new Float64Array(units),
    probTopK: new Float64Array(units),
    meanShift: new Float64Array(units),
    count: new Uint32Array(units),
  };
  const block = Math.min(BLOCK, units);
  const gathered = new Uint32Array(block * runs);
  const hist = new Uint32Array(units + 1);
  const cumulative = new Uint32Array(units + 1);
  for (let start = 0; start < units; start += block) {
    const size = Math.min(block, units - start);
    gatherBlock(ranks, units, runs, start, size, gathered);
    for (let b = 0; b < size; b++) {
      const lowest = countRanks(gathered, b * runs, runs, hist);
      unitStatistics(hist, lowest, runs, cumulative, start + b, nominal[start + b]!, topK, stats);
    }
  }
  return stats;
}

/** Copies the ranks of units start … start + size − 1 into `out`, each unit's runs in a row of `runs`. */
function gatherBlock(
  ranks: RankArray,
  units: number,
  runs: number,
  start: number,
  size: number,
  out: Uint32Array,
): void {
  for (let run = 0; run < runs; run++) {
    const base = run * units + start;
    for (let b = 0; b < size; b++) out[b * runs + run] = ranks[base + b]!;
  }
}

/** The 5th percentile, median and 95th percentile rank of each unit (for storing rank intervals). */
export function rankIntervals(
  ranks: RankArray,
  nominal: RankArray,
  units: readonly string[],
): { unit: string; p05: number; median: number; p95: number }[] {
  const stats = rankStatistics(ranks, nominal, 1);
  return units.map((unit, i) => ({ unit, p05: stats.p05[i]!, median: stats.median[i]!, p95: stats.p95[i]! }));
}

/** Adds ranks[from … from + count) to the histogram; returns the lowest rank other than 0 (missing). */
function countRanks(ranks: Uint32Array, from: number, count: number, hist: Uint32Array): number {
  // (r − 1) >>> 0 turns a missing 0 into the largest integer, out of the minimum's way.
  let lowest = 0xffffffff;
  for (let k = from; k < from + count; k++) {
    const r = ranks[k]!;
    hist[r]!++;
    lowest = Math.min(lowest, (r - 1) >>> 0);
  }
  return lowest + 1;
}

/**
 * One unit's statistics from its histogram of `runs` ranks (index 0: missing), which it leaves all zero
 * for the next unit. Reads ranks only from the lowest to the highest one present.
 */
function unitStatistics(
  hist: Uint32Array,
  lowest: number,
  runs: number,
  cumulative: Uint32Array,
  u: number,
  nominal: number,
  topK: number,
  stats: RankStatistics,
): void {
  const present = runs - hist[0]!;
  hist[0] = 0;
  let n = 0;
  let sum = 0;
  let top = 0;
  let shift = 0;
  let highest = 0;
  for (let rank = lowest; n < present; rank++) {
    const c = hist[rank]!;
    cumulative[rank] = n + c;
    if (c === 0) continue;
    hist[rank] = 0;
    n += c;
    highest = rank;
    sum += c * rank;
    if (rank <= topK) top += c;
    shift += c * Math.abs(rank - nominal);
  }
  const at = (position: number) => rankAt(cumulative, lowest, highest, position);
  stats.count[u] = n;
  stats.mean[u] = n === 0 ? Number.NaN : sum / n;
  stats.median[u] = medianSorted(at, n);
  stats.p05[u] = quantileSorted(at, n, 0.05);
  stats.p95[u] = quantileSorted(at, n, 0.95);
  stats.probTopK[u] = n === 0 ? Number.NaN : top / n;
  stats.meanShift[u] = n === 0 || nominal === 0 ? Number.NaN : shift / n;
}

/** The rank at a 1-based position of the sorted ranks: the first rank whose cumulative count reaches it. */
function rankAt(cumulative: Uint32Array, lowest: number, highest: number, position: number): number {
  let lo = lowest;
  let hi = highest;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! >= position) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
