// Variance-based sensitivity indices from a Saltelli design's outputs, as COINr's SA_estimate computes them.
import type { Random } from '../random.js';
import { quantile7 } from './quantile.js';

export interface SensitivityIndices {
  /** var(c(yA, yB)), the sample variance (n − 1) of the outputs of A and B. */
  variance: number;
  /** First-order index per choice: mean(yB · (yABi − yA)) / var (Saltelli 2010). */
  si: Float64Array;
  /** Total index per choice: Σ (yA − yABi)² / (2N · var) (Jansen 1999). */
  sti: Float64Array;
}

export interface SensitivityIntervals {
  /** 5th and 95th percentiles (R's type 7) of the bootstrap replicates of each index. */
  siLow: Float64Array;
  siHigh: Float64Array;
  stiLow: Float64Array;
  stiHigh: Float64Array;
}

/** The indices from outputs y in the order A (N), B (N), A_B^1 (N), …, A_B^d (N); NaN when an output is. */
export function sobolIndices(y: Float64Array, n: number, d: number): SensitivityIndices {
  checkLength(y, n, d);
  const variance = sampleVariance(y.subarray(0, 2 * n));
  const si = new Float64Array(d);
  const sti = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    si[i] = mean(firstOrderTerms(y, n, i)) / variance;
    sti[i] = sum(squares(totalTerms(y, n, i))) / (2 * n * variance);
  }
  return { variance, si, sti };
}

/**
 * Bootstrap intervals as COINr's SA_estimate draws them: in each of nBoot rounds and for each choice,
 * its N first-order terms yB·(yABi − yA) and, independently, its N total terms yA − yABi are resampled
 * with replacement; the variance is not resampled.
 */
export function sobolIntervals(
  y: Float64Array,
  n: number,
  d: number,
  nBoot: number,
  random: Random,
): SensitivityIntervals {
  checkLength(y, n, d);
  const variance = sampleVariance(y.subarray(0, 2 * n));
  const first = Array.from({ length: d }, (_, i) => firstOrderTerms(y, n, i));
  const total = Array.from({ length: d }, (_, i) => totalTerms(y, n, i));
  const siBoot = Array.from({ length: d }, () => new Float64Array(nBoot));
  const stiBoot = Array.from({ length: d }, () => new Float64Array(nBoot));
  const sample = new Float64Array(n);
  const resample = (terms: Float64Array) => {
    for (let k = 0; k < n; k++) sample[k] = terms[random.int(n)]!;
    return sample;
  };
  for (let b = 0; b < nBoot; b++) {
    for (let i = 0; i < d; i++) siBoot[i]![b] = mean(resample(first[i]!)) / variance;
    for (let i = 0; i < d; i++) stiBoot[i]![b] = sumOfSquares(resample(total[i]!)) / (2 * n * variance);
  }
  const q = (boots: Float64Array[], p: number) => Float64Array.from(boots, (xs) => quantile7(xs, p));
  return {
    siLow: q(siBoot, 0.05),
    siHigh: q(siBoot, 0.95),
    stiLow: q(stiBoot, 0.05),
    stiHigh: q(stiBoot, 0.95),
  };
}

function firstOrderTerms(y: Float64Array, n: number, i: number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = y[n + k]! * (y[(2 + i) * n + k]! - y[k]!);
  return out;
}

function totalTerms(y: Float64Array, n: number, i: number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = y[k]! - y[(2 + i) * n + k]!;
  return out;
}

function squares(xs: Float64Array): Float64Array {
  return xs.map((x) => x * x);
}

/** sum(squares(xs)) without the array of squares (the same additions in the same order). */
function sumOfSquares(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x * x;
  return s;
}

function sum(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** R's mean: the sum over n, refined by the mean of the residuals. */
function mean(xs: Float64Array): number {
  const m = sum(xs) / xs.length;
  if (!Number.isFinite(m)) return m;
  let t = 0;
  for (const x of xs) t += x - m;
  return m + t / xs.length;
}

/** R's var: Σ (x − mean)² / (n − 1). */
function sampleVariance(xs: Float64Array): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

function checkLength(y: Float64Array, n: number, d: number): void {
  if (y.length !== n * (d + 2))
    throw new RangeError(
      `a Saltelli design with N = ${n} and d = ${d} has ${n * (d + 2)} outputs, not ${y.length}`,
    );
}
