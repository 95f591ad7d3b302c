// Spearman's rank correlation over pairwise-complete observations, as R's cor(method = "spearman", use = "pairwise.complete.obs").
import { completePairs, pearsonOfComplete } from './correlation.js';

/**
 * Spearman's rho: the rows where both columns are present are ranked within each column (ties get the
 * average of their ranks, R's rank default) and Pearson's r of the two rank vectors is returned.
 * NaN with fewer than two pairs or when either column is constant on them.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [xs, ys] = completePairs(x, y);
  return pearsonOfComplete(averageRanks(xs), averageRanks(ys));
}

/** Ascending ranks 1..n of values without missing ones; tied values share the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = [...values.keys()].sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}
