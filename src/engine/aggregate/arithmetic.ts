// Weighted arithmetic mean per unit, as COINr's a_amean.
import { exactSum, exactSumOf } from './exactSum.js';
import type { MeanOptions } from './rows.js';

/**
 * y = Σ (w_i / Σw) x_i over the present inputs: missing inputs are dropped with their weights and the
 * remaining weights renormalised. Below minShare availability (count of present inputs / inputs) or with no
 * input present, NaN. Both sums are exact (exactSum, as R's long-double sum()), so that units whose inputs
 * are the same values in another order tie, as in COINr. `out`, when given, receives the result.
 *
 * The uncertainty analysis runs this millions of times, so it avoids summing exactly unit by unit: it
 * sums column by column in plain doubles while keeping the exact rounding error of every addition
 * (Knuth's TwoSum), and takes the plain result corrected by those errors when it can prove that this is
 * the correctly rounded exact sum (`certified`), which it nearly always can. Only the units it cannot
 * prove, and units with a missing input, are summed exactly (`unitMean`). Either way the result is
 * exactSum's, to the last bit.
 */
export function weightedArithmetic(
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare: number | MeanOptions = 0,
  out: Float64Array = new Float64Array(columns[0]?.length ?? 0),
): Float64Array {
  const threshold = typeof minShare === 'number' ? minShare : (minShare.minShare ?? 0);
  const k = columns.length;
  // Availability is at most k / k = 1.
  if (k === 0 || 1 < threshold) return out.fill(Number.NaN);
  const n = out.length;
  const { errors, slack, terms, present, partials } = scratch(n, k);
  // Σw of a unit with every input present.
  const total = exactSum(weights.slice(0, k));
  out.fill(0);
  errors.fill(0, 0, n);
  slack.fill(0, 0, n);
  for (let j = 0; j < k; j++) addTerms(out, errors, slack, columns[j]!, weights[j]! / total);
  for (let i = 0; i < n; i++) {
    const y = certified(out[i]!, errors[i]!, slack[i]!);
    out[i] = Number.isNaN(y) ? unitMean(columns, weights, threshold, i, terms, present, partials) : y;
  }
  return out;
}

/**
 * sums[i] += factor · column[i] in plain doubles, adding the exact rounding error of that addition to
 * errors[i] (again by TwoSum) and the magnitude of that second addition's own rounding error to
 * slack[i]. Afterwards the exact sum of the terms is sums[i] + errors[i], give or take slack[i]; with no
 * slack it is exactly sums[i] + errors[i]. A missing input makes sums[i] NaN.
 */
function addTerms(
  sums: Float64Array,
  errors: Float64Array,
  slack: Float64Array,
  column: Float64Array,
  factor: number,
): void {
  for (let i = 0; i < sums.length; i++) {
    const s = sums[i]!;
    const t = factor * column[i]!;
    const sum = s + t;
    const tPart = sum - s;
    const error = s - (sum - tPart) + (t - tPart);
    const e = errors[i]!;
    const errorSum = e + error;
    const errorPart = errorSum - e;
    sums[i] = sum;
    errors[i] = errorSum;
    slack[i]! += Math.abs(e - (errorSum - errorPart) + (error - errorPart));
  }
}

/** A margin for the roundings of the test itself. */
const SAFETY = 1 - 2 ** -20;

/**
 * The correctly rounded value of the exact sum s + E, where E lies within `slack` of e; NaN when that
 * cannot be proven here. Without slack, E = e and r = s + e is that value (IEEE addition rounds
 * correctly, ties to even, as exactSum does). Else r is when s + e − r (exact, by TwoSum) plus the
 * slack stays strictly inside half the gap between r and its neighbours. Zero, tiny and non-finite
 * results are left to the exact sum.
 */
function certified(s: number, e: number, slack: number): number {
  const r = s + e;
  if (!Number.isFinite(r) || !Number.isFinite(slack) || r === 0) return Number.NaN;
  if (slack === 0) return r;
  const ePart = r - s;
  const residual = s - (r - ePart) + (e - ePart);
  return Math.abs(residual) + slack / SAFETY < halfGap(r) * SAFETY ? r : Number.NaN;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Half the smaller of the gaps between a double and its neighbours (at a power of two the gap below is
 * half the gap above); 0 for a tiny one.
 */
function halfGap(x: number): number {
  bits[0] = x;
  const exponent = (words[HIGH]! >>> 20) & 0x7ff;
  // Tiny (below 2^-959) or subnormal: left to the exact sum.
  if (exponent < 64) return 0;
  const powerOfTwo = (words[HIGH]! & 0xfffff) === 0 && words[1 - HIGH] === 0;
  // ulp(x) = 2^(exponent − 1075); half of it, or a quarter below a power of two, written as a double.
  words[HIGH] = (exponent - (powerOfTwo ? 54 : 53)) << 20;
  words[1 - HIGH] = 0;
  return bits[0]!;
}

/** The mean of unit i over its present inputs, summed exactly; NaN below the availability threshold. */
function unitMean(
  columns: readonly Float64Array[],
  weights: readonly number[],
  threshold: number,
  i: number,
  terms: Float64Array,
  present: Float64Array,
  partials: Float64Array,
): number {
  const k = columns.length;
  let count = 0;
  for (let j = 0; j < k; j++) if (!Number.isNaN(columns[j]![i]!)) present[count++] = weights[j]!;
  if (count === 0 || count / k < threshold) return Number.NaN;
  const total = exactSumOf(present, count, partials);
  let c = 0;
  for (let j = 0; j < k; j++) {
    const x = columns[j]![i]!;
    if (!Number.isNaN(x)) terms[c++] = (weights[j]! / total) * x;
  }
  return exactSumOf(terms, c, partials);
}

/** Buffers reused between calls (JavaScript runs one call at a time). */
let buffers = {
  errors: new Float64Array(0),
  slack: new Float64Array(0),
  terms: new Float64Array(0),
  present: new Float64Array(0),
  partials: new Float64Array(0),
};

function scratch(n: number, k: number): typeof buffers {
  if (buffers.errors.length < n || buffers.terms.length < k) {
    const units = Math.max(n, buffers.errors.length);
    const inputs = Math.max(k, buffers.terms.length);
    buffers = {
      errors: new Float64Array(units),
      slack: new Float64Array(units),
      terms: new Float64Array(inputs),
      present: new Float64Array(inputs),
      partials: new Float64Array(inputs),
    };
  }
  return buffers;
}
