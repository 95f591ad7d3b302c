// Descriptive moments and quantiles of the present values, as R computes them with na.rm = TRUE.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurtosis } from '../../../src/engine/stats/kurtosis.js';
import { mean } from '../../../src/engine/stats/mean.js';
import { quantile } from '../../../src/engine/stats/quantile.js';
import { sampleSd } from '../../../src/engine/stats/sd.js';
import { skewness } from '../../../src/engine/stats/skewness.js';
import { accurateSum } from '../../../src/engine/stats/sum.js';
import { sampleVariance } from '../../../src/engine/stats/variance.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
// deviations from the mean 5: -3 -1 -1 -1 0 0 2 4; S2 = 32, S3 = 42, S4 = 356, n = 8
const sample = f64(2, 4, 4, 4, 5, 5, 7, 9, NaN);

describe('moments of the present values (NaN ignored, as na.rm = TRUE)', () => {
  it('mean, sample variance (n - 1) and sd', () => {
    expect(mean(sample)).toBe(5);
    expect(sampleVariance(sample)).toBeCloseTo(32 / 7, 14);
    expect(sampleSd(sample)).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });
  it('skewness: sqrt(n) S3 / S2^1.5 * sqrt(n (n - 1)) / (n - 2)', () => {
    expect(skewness(sample)).toBeCloseTo(((Math.sqrt(8) * 42) / 32 ** 1.5) * (Math.sqrt(56) / 6), 14);
  });
  it('excess kurtosis: ((n + 1) (r - 3) + 6) (n - 1) / ((n - 2)(n - 3)) with r = n S4 / S2^2', () => {
    const r = (8 * 356) / 32 ** 2;
    expect(kurtosis(sample)).toBeCloseTo(((9 * (r - 3) + 6) * 7) / 30, 14);
    expect(kurtosis(sample)).toBeCloseTo(0.940625, 14);
  });
  it("reproduces the treat vignette's skew(x) = 3.063241 and kurt(x) = 9.741391 for x = c(1:10, 30, 100)", () => {
    // COINr vignette "Outlier Treatment", section Numeric vectors
    const x = f64(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100);
    expect(skewness(x)).toBeCloseTo(3.063241, 6);
    expect(kurtosis(x)).toBeCloseTo(9.741391, 6);
  });
  it('is NaN when there are too few values or all are equal', () => {
    expect(mean(f64(NaN))).toBeNaN();
    expect(sampleSd(f64(3, NaN))).toBeNaN();
    expect(skewness(f64(1, 2))).toBeNaN();
    expect(kurtosis(f64(1, 2, 3))).toBeNaN();
    expect(skewness(f64(4, 4, 4, 4))).toBeNaN();
    expect(sampleSd(f64(4, 4, 4))).toBe(0);
  });
  it('skewness and kurtosis do not change with shifting and positive scaling', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 4, maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (xs, shift, factor) => {
          const x = Float64Array.from(xs);
          if (!(sampleSd(x) > 1e-3)) return;
          const y = x.map((v) => v * factor + shift);
          expect(skewness(y)).toBeCloseTo(skewness(x), 6);
          expect(kurtosis(y)).toBeCloseTo(kurtosis(x), 6);
          expect(skewness(x.map((v) => -v))).toBeCloseTo(-skewness(x), 9);
        },
      ),
    );
  });
});

describe('accurateSum', () => {
  it('keeps the small terms that a plain sum loses', () => {
    expect(accurateSum([1e16, 1, -1e16])).toBe(1);
  });
});

describe('quantile (type 7)', () => {
  it('interpolates between order statistics at 1 + (n - 1) p', () => {
    const x = f64(10, 1, NaN, 3, 2, 4);
    expect(quantile(x, 0.3)).toBeCloseTo(2.2, 14);
    expect(quantile(x, 0.5)).toBe(3);
    expect(quantile(x, 0.9)).toBeCloseTo(7.6, 14);
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(10);
  });
  it('is NaN without values and rejects probabilities outside [0, 1]', () => {
    expect(quantile(f64(NaN), 0.5)).toBeNaN();
    expect(() => quantile(f64(1), 1.5)).toThrow(/\[0, 1\]/);
  });
});
