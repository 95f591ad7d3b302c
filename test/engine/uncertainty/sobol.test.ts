import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random.js';
import { sobolIndices, sobolIntervals } from '../../../src/engine/uncertainty/sobol.js';

/** Outputs of f over Saltelli's design as COINr's SA_sample lays it out: A, B, then A with column i from B. */
function saltelliOutputs(
  f: (x: number[]) => number,
  n: number,
  d: number,
  seed: number,
  scale = (u: number) => u,
): Float64Array {
  const random = createRandom(seed);
  const a = Array.from({ length: n }, () => Array.from({ length: d }, () => scale(random.uniform())));
  const b = Array.from({ length: n }, () => Array.from({ length: d }, () => scale(random.uniform())));
  const rows = [
    ...a,
    ...b,
    ...Array.from({ length: d }, (_, i) =>
      a.map((row, r) => row.map((x, c) => (c === i ? b[r]![c]! : x))),
    ).flat(),
  ];
  return Float64Array.from(rows, f);
}

describe('Sobol indices as COINr SA_estimate', () => {
  it('computes Si = mean(yB(yABi − yA))/var and STi = Σ(yA − yABi)²/(2N var) on a tiny case by hand', () => {
    // N = 3, d = 2: yA = 1, 2, 3; yB = 2, 4, 6; yAB1 = 2, 2, 2; yAB2 = 1, 3, 5.
    // var(1, 2, 3, 2, 4, 6): mean 3, squared deviations 4 + 1 + 0 + 1 + 1 + 9 = 16, over n − 1 = 5: 3.2
    const y = Float64Array.from([1, 2, 3, 2, 4, 6, 2, 2, 2, 1, 3, 5]);
    const { variance, si, sti } = sobolIndices(y, 3, 2);
    expect(variance).toBeCloseTo(3.2, 14);
    // Si1 = mean(2·1, 4·0, 6·(−1))/3.2 = (−4/3)/3.2; Si2 = mean(0, 4, 12)/3.2 = (16/3)/3.2
    expect(si[0]).toBeCloseTo(-4 / 3 / 3.2, 14);
    expect(si[1]).toBeCloseTo(16 / 3 / 3.2, 14);
    // ST1 = (1 + 0 + 1)/(6·3.2); ST2 = (0 + 1 + 4)/(6·3.2)
    expect(sti[0]).toBeCloseTo(2 / 19.2, 14);
    expect(sti[1]).toBeCloseTo(5 / 19.2, 14);
  });

  it('finds the analytic indices of the linear function x1 + 2x2 + 3x3 (COINr’s SA_estimate example): 1/14, 4/14, 9/14', () => {
    const y = saltelliOutputs((x) => x[0]! + 2 * x[1]! + 3 * x[2]!, 20_000, 3, 11);
    const { si, sti } = sobolIndices(y, 20_000, 3);
    [1 / 14, 4 / 14, 9 / 14].forEach((want, i) => {
      expect(Math.abs(si[i]! - want)).toBeLessThan(0.03);
      expect(Math.abs(sti[i]! - want)).toBeLessThan(0.02);
    });
  });

  it('finds the analytic indices of the Ishigami function (a = 7, b = 0.1)', () => {
    const ishigami = (x: number[]) =>
      Math.sin(x[0]!) + 7 * Math.sin(x[1]!) ** 2 + 0.1 * x[2]! ** 4 * Math.sin(x[0]!);
    const n = 50_000;
    const y = saltelliOutputs(ishigami, n, 3, 5, (u) => Math.PI * (2 * u - 1));
    const { si, sti } = sobolIndices(y, n, 3);
    // Analytic: S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    [0.3139, 0.4424, 0].forEach((want, i) => expect(Math.abs(si[i]! - want)).toBeLessThan(0.04));
    [0.5576, 0.4424, 0.2437].forEach((want, i) => expect(Math.abs(sti[i]! - want)).toBeLessThan(0.03));
  });

  it('gives bootstrap intervals around the estimates, the same for the same seed', () => {
    const y = saltelliOutputs((x) => x[0]! + 2 * x[1]! + 3 * x[2]!, 500, 3, 3);
    const { si, sti } = sobolIndices(y, 500, 3);
    const ci = sobolIntervals(y, 500, 3, 300, createRandom(9));
    for (let i = 0; i < 3; i++) {
      expect(ci.siLow[i]!).toBeLessThan(si[i]!);
      expect(ci.siHigh[i]!).toBeGreaterThan(si[i]!);
      expect(ci.stiLow[i]!).toBeLessThan(sti[i]!);
      expect(ci.stiHigh[i]!).toBeGreaterThan(sti[i]!);
    }
    expect(sobolIntervals(y, 500, 3, 300, createRandom(9))).toEqual(ci);
  });

  it('is zero, with a zero interval, for a choice that changes nothing', () => {
    const y = saltelliOutputs((x) => x[0]!, 50, 2, 1);
    const { si, sti } = sobolIndices(y, 50, 2);
    expect(si[1]).toBe(0);
    expect(sti[1]).toBe(0);
    const ci = sobolIntervals(y, 50, 2, 50, createRandom(1));
    expect([ci.siLow[1], ci.siHigh[1], ci.stiLow[1], ci.stiHigh[1]]).toEqual([0, 0, 0, 0]);
  });

  it('rejects outputs that do not fit N × (d + 2)', () => {
    expect(() => sobolIndices(new Float64Array(10), 3, 2)).toThrow(RangeError);
  });
});
