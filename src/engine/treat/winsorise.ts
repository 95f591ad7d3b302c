// COINr's winsorise(): move the most extreme point(s) to the next value, one step at a time, until the column passes.
import { and, not, or, skewKurtCheck, type SkewKurtThresholds } from './checkSkewKurt.js';

export interface WinsoriseOptions extends SkewKurtThresholds {
  /** Stop once this many points are winsorised (COINr's count, see below); Infinity for no limit. */
  winmax: number;
  /** Keep winsorising up to winmax even after the column passes. */
  forceWin: boolean;
}

export interface Winsorised {
  values: Float64Array;
  /** COINr's nwin: points moved at the high end plus at the low end in their latest steps. */
  nwin: number;
}

/**
 * Each step looks at the skewness of the current values: when >= 0 every point equal to the maximum is set to
 * the largest other value, else every point equal to the minimum to the smallest other value. Tied extremes
 * move together, so nwin can pass winmax by the size of a tie. Returns null where COINr's R code fails on NA
 * (skewness or the pass test undefined mid-way), in which case COINr keeps the column untreated.
 */
export function winsorise(input: Float64Array, options: WinsoriseOptions): Winsorised | null {
  const x = input.slice();
  let { pass: passing, skew } = skewKurtCheck(x, options);
  let nwin = 0;
  let high: number[] = [];
  let low: number[] = [];
  const start = or(not(passing), options.forceWin);
  if (start !== true) return start === null ? null : { values: x, nwin };
  const go = () => and(or(not(passing), options.forceWin), nwin < options.winmax);
  for (let cont = go(); cont !== false; cont = go()) {
    if (cont === null) return null;
    if (Number.isNaN(skew)) return null;
    if (skew >= 0) {
      high = shiftExtreme(x, 'high');
    } else {
      low = shiftExtreme(x, 'low');
    }
    nwin = high.length + low.length;
    ({ pass: passing, skew } = skewKurtCheck(x, options));
  }
  return { values: x, nwin };
}

/** Sets every point at the maximum (high) or minimum (low) to the next present value; returns their indices. */
function shiftExtreme(x: Float64Array, side: 'high' | 'low'): number[] {
  const sign = side === 'high' ? 1 : -1;
  let extreme = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = sign * x[i]!;
    if (v > extreme) extreme = v;
  }
  // The most extreme present value other than `extreme`: -Inf (high) or Inf (low) when none, as R.
  let next = -Infinity;
  const moving: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = sign * x[i]!;
    if (v === extreme) moving.push(i);
    else if (v > next) next = v;
  }
  for (const i of moving) x[i] = sign * next;
  return moving;
}
