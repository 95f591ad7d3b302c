// Pearson correlation and covariance over pairwise-complete observations, as R's cor/cov(use = "pairwise.complete.obs").
import { accurateSum } from './sum.js';

/** A correlation of two columns, such as pearson or spearman. */
export type Correlate = (x: ArrayLike<number>, y: ArrayLike<number>) => number;

/** The rows where both x and y are present (non-NaN), as two arrays of equal length. */
export function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): [number[], number[]] {
  if (x.length !== y.length) throw new RangeError(`columns differ in length: ${x.length} and ${y.length}`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  return [xs, ys];
}

/** Sample covariance (denominator n - 1) over the complete pairs; NaN with fewer than two. */
export function covariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [xs, ys] = completePairs(x, y);
  if (xs.length < 2) return Number.NaN;
  const { sxy } = crossSums(xs, ys);
  return sxy / (xs.length - 1);
}

/**
 * Pearson's r over the complete pairs: cov(x, y) / (sd(x) sd(y)), each on those pairs, clamped to [-1, 1] as R does.
 * NaN with fewer than two pairs or when either column is constant on them.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [xs, ys] = completePairs(x, y);
  return pearsonOfComplete(xs, ys);
}

/** Pearson's r of two arrays without missing values. */
export function pearsonOfComplete(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const { sxx, syy, sxy } = crossSums(xs, ys);
  const sdx = Math.sqrt(sxx / (n - 1));
  const sdy = Math.sqrt(syy / (n - 1));
  if (sdx === 0 || sdy === 0 || !Number.isFinite(sdx * sdy)) return Number.NaN;
  const r = sxy / (n - 1) / (sdx * sdy);
  return Math.min(1, Math.max(-1, r));
}

/** The matrix of correlations of every pair of columns; entry [i][j] correlates columns i and j. */
export function correlationMatrix(
  columns: readonly ArrayLike<number>[],
  correlate: Correlate = pearson,
): number[][] {
  const k = columns.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(Number.NaN));
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      const r = correlate(columns[i]!, columns[j]!);
      matrix[i]![j] = r;
      matrix[j]![i] = r;
    }
  }
  return matrix;
}

/** Deviations from the mean, the mean taken as R does: a sum divided by n, corrected by the deviations' mean. */
export function deviations(xs: readonly number[]): number[] {
  const n = xs.length;
  const first = accurateSum(xs) / n;
  const mean = first + accurateSum(xs.map((x) => x - first)) / n;
  return xs.map((x) => x - mean);
}

function crossSums(xs: readonly number[], ys: readonly number[]): { sxx: number; syy: number; sxy: number } {
  const dx = deviations(xs);
  const dy = deviations(ys);
  return {
    sxx: accurateSum(dx.map((d) => d * d)),
    syy: accurateSum(dy.map((d) => d * d)),
    sxy: accurateSum(dx.map((d, i) => d * dy[i]!)),
  };
}
