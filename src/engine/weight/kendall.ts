// Kendall's tau-b over pairwise-complete observations, as R's cor(method = "kendall", use = "pairwise.complete.obs").
import { completePairs } from '../stats/correlation.js';

/**
 * Σ sign(x_i - x_j) sign(y_i - y_j) / sqrt(Σ sign(x_i - x_j)² · Σ sign(y_i - y_j)²) over the pairs of rows where
 * both columns are present (tau-b: ties count in neither the numerator nor their own column's denominator).
 * NaN with fewer than two complete rows or when either column is constant on them.
 */
export function kendall(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const [xs, ys] = completePairs(x, y);
  if (xs.length < 2) return Number.NaN;
  let sum = 0;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < xs.length; k++) {
    for (let j = 0; j < k; j++) {
      const dx = Math.sign(xs[k]! - xs[j]!);
      const dy = Math.sign(ys[k]! - ys[j]!);
      sum += dx * dy;
      sx += dx * dx;
      sy += dy * dy;
    }
  }
  if (sx === 0 || sy === 0) return Number.NaN;
  return Math.min(1, sum / (Math.sqrt(sx) * Math.sqrt(sy)));
}
