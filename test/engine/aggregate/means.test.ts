import { describe, expect, it } from 'vitest';
import { weightedArithmetic } from '../../../src/engine/aggregate/arithmetic.js';
import { weightedGeneralised } from '../../../src/engine/aggregate/generalised.js';
import { weightedGeometric } from '../../../src/engine/aggregate/geometric.js';
import { weightedHarmonic } from '../../../src/engine/aggregate/harmonic.js';
import { exactSum } from '../../../src/engine/aggregate/exactSum.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];

describe('weightedArithmetic (COINr a_amean)', () => {
  it('renormalises the weights of the present inputs', () => {
    // unit 1: (1*10 + 3*20) / 4; unit 2: only the second input -> 40
    expect(list(weightedArithmetic([f64(10, NaN), f64(20, 40)], [1, 3]))).toEqual([17.5, 40]);
  });
  it('reproduces the data availability example of the Aggregate vignette (dat_thresh = 2/3)', () => {
    // COINr vignette "Aggregation", section "Data availability limits": result 1.666667, NA, 2.000000
    const df1 = [f64(1, 2, 3), f64(3, NaN, NaN), f64(1, NaN, 1)];
    const y = weightedArithmetic(df1, [1, 1, 1], 2 / 3);
    expect(y[0]).toBeCloseTo(5 / 3, 12);
    expect(list(y).slice(1)).toEqual([NaN, 2]);
  });
  it('counts availability by number of inputs, not by weight, as COINr', () => {
    // the present input carries 3/4 of the weight but is 1 of 2 inputs: 0.5 < 0.6
    expect(list(weightedArithmetic([f64(NaN), f64(8)], [1, 3], 0.6))).toEqual([NaN]);
    expect(list(weightedArithmetic([f64(NaN), f64(8)], [1, 3], 0.5))).toEqual([8]);
  });
  it('gives NaN when every input is missing', () => {
    expect(list(weightedArithmetic([f64(NaN), f64(NaN)], [1, 1]))).toEqual([NaN]);
  });
});

describe('weightedGeometric (COINr a_gmean)', () => {
  it('is exp of the weighted mean of logs over the present inputs', () => {
    const y = weightedGeometric([f64(4, 4, NaN), f64(1, 1, 8)], [1, 1]);
    expect(y[0]).toBeCloseTo(2, 14);
    expect(list(weightedGeometric([f64(4), f64(1)], [1, 3]))[0]).toBeCloseTo(Math.SQRT2, 14); // 4^(1/4)
    expect(y[2]).toBeCloseTo(8, 13);
  });
  it('stops on a zero or negative value, naming node, unit and value', () => {
    const run = (x: number) =>
      weightedGeometric([f64(5, x), f64(5, 5)], [1, 1], { node: 'research', units: ['Essen', 'Bochum'] });
    expect(() => run(0)).toThrow(/^research: .*unit Bochum has 0/);
    expect(() => run(-2)).toThrow(/unit Bochum has -2/);
    expect(() => weightedGeometric([f64(5, -1)], [1], { node: 'n' })).toThrow(/unit #2 has -1/);
  });
  it('does not look at a unit below the availability threshold or without data, as COINr', () => {
    expect(list(weightedGeometric([f64(0), f64(NaN), f64(NaN)], [1, 1, 1], { minShare: 0.5 }))).toEqual([
      NaN,
    ]);
    expect(list(weightedGeometric([f64(NaN), f64(NaN)], [1, 1]))).toEqual([NaN]);
  });
});

describe('weightedHarmonic (COINr a_hmean)', () => {
  it('is Σw / Σ(w/x) over the present inputs', () => {
    expect(list(weightedHarmonic([f64(1, NaN), f64(4, 4)], [1, 1]))).toEqual([1.6, 4]);
  });
  it('accepts negative values as COINr does', () => {
    expect(list(weightedHarmonic([f64(-1), f64(2)], [1, 1]))).toEqual([-4]); // 2 / (-1 + 0.5)
  });
  it('stops on a zero, naming node and unit', () => {
    expect(() => weightedHarmonic([f64(3, 0)], [1], { node: 'jobs', units: ['a', 'b'] })).toThrow(
      /^jobs: .*unit b has 0/,
    );
  });
  it('reproduces the harmonic-mean example of the Aggregate vignette (to its 3 significant digits)', () => {
    // COINr vignette "Aggregation", section "Data frames": ASEM_iData[12:15] normalised to 1..100, w = (1, 1, 2, 1);
    // the inputs are printed with 3 significant digits, so the outputs agree to about 0.5 %.
    const LPI = f64(94.1, 94.6, 35.0, 51.2, 43.7);
    const Flights = f64(14.2, 15.6, 4.89, 4.9, 4.66);
    const Ship = f64(1.0, 97.2, 38.0, 59.2, 55.7);
    const Bord = f64(29.4, 40.0, 15.6, 34.3, 1.0);
    const y = weightedHarmonic([LPI, Flights, Ship, Bord], [1, 1, 2, 1]);
    [2.36, 41.5, 14.3, 17.4, 3.93].forEach((expected, i) =>
      expect(Math.abs(y[i]! / expected - 1)).toBeLessThan(0.005),
    );
  });
});

describe('weightedGeneralised (COINr a_genmean)', () => {
  it('is (Σ w x^p / Σw)^(1/p)', () => {
    expect(list(weightedGeneralised([f64(1), f64(7)], [1, 1], 2))).toEqual([5]);
    expect(weightedGeneralised([f64(1), f64(8)], [1, 1], 0.5)[0]).toBeCloseTo(
      ((1 + Math.sqrt(8)) / 2) ** 2,
      13,
    );
  });
  it('refuses p = 0, and values ≤ 0 with negative p', () => {
    expect(() => weightedGeneralised([f64(1)], [1], 0, { node: 'top' })).toThrow(/^top: .*p other than 0/);
    expect(() => weightedGeneralised([f64(1, 0)], [1], -1, { node: 'top', units: ['x', 'y'] })).toThrow(
      /unit y has 0/,
    );
    expect(list(weightedGeneralised([f64(-2), f64(4)], [1, 1], 1))).toEqual([1]);
  });
  it('is missing when any input is missing, as COINr a_genmean (which sums without na.rm)', () => {
    const missing: number[] = [];
    const y = weightedGeneralised([f64(1, NaN, NaN), f64(7, 7, NaN)], [1, 1], 2, {
      onMissing: (u) => missing.push(u),
    });
    expect(list(y)).toEqual([5, NaN, NaN]);
    expect(missing).toEqual([1]); // unit 3 has no data at all: NaN without a call, as COINr
  });
});

describe('exactSum', () => {
  it('rounds the exact sum once', () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    expect(exactSum([])).toBe(0);
    expect(exactSum([1, NaN])).toBeNaN();
    expect(exactSum([Infinity, 1])).toBe(Infinity);
  });
});
