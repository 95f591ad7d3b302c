// COINr's check_SkewKurt: a column passes when |skewness| < skewThresh OR kurtosis < kurtThresh.
import { kurtosisFromSums } from '../stats/kurtosis.js';
import { centralSums } from '../stats/moments.js';
import { skewnessFromSums } from '../stats/skewness.js';

/** true = pass, false = fail, null = undefined (R's NA: too few values or all equal), with R's `|` on NA. */
export type Tri = boolean | null;

export interface SkewKurtThresholds {
  skewThresh: number;
  kurtThresh: number;
}

export function checkSkewKurt(values: ArrayLike<number>, thresholds: SkewKurtThresholds): Tri {
  return skewKurtCheck(values, thresholds).pass;
}

/** The pass test with the skewness it used (winsorisation steps on its sign); one pass over the sums. */
export function skewKurtCheck(
  values: ArrayLike<number>,
  { skewThresh, kurtThresh }: SkewKurtThresholds,
): { pass: Tri; skew: number } {
  const sums = centralSums(values);
  const skew = skewnessFromSums(sums);
  const kurt = kurtosisFromSums(sums);
  const pass = or(
    Number.isNaN(skew) ? null : Math.abs(skew) < skewThresh,
    Number.isNaN(kurt) ? null : kurt < kurtThresh,
  );
  return { pass, skew };
}

export function or(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true;
  return a === null || b === null ? null : false;
}

export function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

export function not(a: Tri): Tri {
  return a === null ? null : !a;
}
