// COINr's check_SkewKurt: a column passes when |skewness| < skewThresh OR kurtosis < kurtThresh.
import { kurtosis } from '../stats/kurtosis.js';
import { skewness } from '../stats/skewness.js';

/** true = pass, false = fail, null = undefined (R's NA: too few values or all equal), with R's `|` on NA. */
export type Tri = boolean | null;

export interface SkewKurtThresholds {
  skewThresh: number;
  kurtThresh: number;
}

export function checkSkewKurt(
  values: ArrayLike<number>,
  { skewThresh, kurtThresh }: SkewKurtThresholds,
): Tri {
  const skew = skewness(values);
  const kurt = kurtosis(values);
  return or(
    Number.isNaN(skew) ? null : Math.abs(skew) < skewThresh,
    Number.isNaN(kurt) ? null : kurt < kurtThresh,
  );
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
