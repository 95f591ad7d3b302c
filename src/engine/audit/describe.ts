// Descriptive statistics of one column, as COINr's get_stats (without its rounding to nsignif figures).
import { kurtosis } from '../stats/kurtosis.js';
import { mean } from '../stats/mean.js';
import { presentValues } from '../stats/present.js';
import { quantile } from '../stats/quantile.js';
import { sampleSd } from '../stats/sd.js';
import { skewness } from '../stats/skewness.js';
import type { AuditDataset, AuditOptions, ColumnStatistics } from './types.js';

/**
 * n = all units (rows); shares of availability are of n, shares of non-zero, unique and same values are of
 * the present values, while the non-zero and unique flags compare counts with n, all as get_stats does.
 * N.Same is the largest number of equal values, equality judged on 15 significant digits as R's table().
 */
export function describeColumn(
  dataset: AuditDataset,
  code: string,
  level: number,
  values: Float64Array,
  options: AuditOptions,
): ColumnStatistics {
  const n = values.length;
  const xs = presentValues(values);
  const nAvail = xs.length;
  const nNonZero = xs.filter((x) => x !== 0).length;
  const nUnique = new Set(xs).size;
  const nSame = largestTie(xs);
  const skew = skewness(values);
  const kurt = kurtosis(values);
  const frcAvail = nAvail / n;
  return {
    dataset,
    code,
    level,
    min: xs.length > 0 ? Math.min(...xs) : Infinity,
    max: xs.length > 0 ? Math.max(...xs) : -Infinity,
    mean: mean(values),
    median: quantile(values, 0.5),
    sd: sampleSd(values),
    skew,
    kurt,
    nAvail,
    nNonZero,
    nUnique,
    nSame,
    frcAvail,
    frcNonZero: nNonZero / nAvail,
    frcUnique: nUnique / nAvail,
    frcSame: nSame / nAvail,
    flagAvail: frcAvail >= options.tAvail ? 'ok' : 'LOW',
    flagNonZero: nNonZero / n >= options.tZero ? 'ok' : 'LOW',
    flagUnique: nUnique / n >= options.tUnique ? 'ok' : 'LOW',
    flagSkewKurt: skewKurtFlag(skew, kurt, options),
  };
}

/** R: ifelse(abs(sk) > t_skew & kt > t_kurt, "OUT", "ok"), where NA & FALSE is FALSE and NA & TRUE is NA. */
function skewKurtFlag(skew: number, kurt: number, options: AuditOptions): 'ok' | 'OUT' | null {
  const skewed = Number.isNaN(skew) ? null : Math.abs(skew) > options.tSkew;
  const heavy = Number.isNaN(kurt) ? null : kurt > options.tKurt;
  if (skewed === false || heavy === false) return 'ok';
  if (skewed === null || heavy === null) return null;
  return 'OUT';
}

function largestTie(xs: readonly number[]): number {
  if (xs.length === 0) return -Infinity;
  const counts = new Map<string, number>();
  for (const x of xs) {
    const key = x.toPrecision(15);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(...counts.values());
}
