// Cronbach's alpha of a group of columns, as COINr's get_cronbach (covariances with use = "pairwise.complete.obs").
import { covariance } from './correlation.js';

export interface CronbachOptions {
  /** Covariances over pairwise-complete rows (COINr's default) or over rows complete in every column. */
  use?: 'pairwise' | 'complete';
}

/**
 * alpha = k^2 * mean(off-diagonal covariances) / sum(all covariances) = k / (k - 1) * (1 - trace / total),
 * with k columns and the sums skipping NaN covariances, as get_cronbach does. NaN with fewer than two columns;
 * a zero total gives what R gives (NaN or an infinity).
 */
export function cronbachAlpha(columns: readonly ArrayLike<number>[], options: CronbachOptions = {}): number {
  const k = columns.length;
  if (k < 2) return Number.NaN;
  const data = options.use === 'complete' ? completeRows(columns) : columns;
  let total = 0;
  let trace = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const c = covariance(data[i]!, data[j]!);
      if (Number.isNaN(c)) continue;
      total += c;
      if (i === j) trace += c;
    }
  }
  const meanOffDiagonal = (total - trace) / (k * (k - 1));
  return (k * k * meanOffDiagonal) / total;
}

function completeRows(columns: readonly ArrayLike<number>[]): Float64Array[] {
  const rows = columns[0]!.length;
  const keep = [...Array(rows).keys()].filter((i) => columns.every((c) => !Number.isNaN(c[i]!)));
  return columns.map((c) => Float64Array.from(keep, (i) => c[i]!));
}
