import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianSorted, quantile7, quantileSorted } from '../../../src/engine/uncertainty/quantile.js';

describe('quantiles as R computes them', () => {
  it('type 7: quantile(1:10, c(0.05, 0.5, 0.95)) is 1.45, 5.5, 9.55', () => {
    const x = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(quantile7(x, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantile7(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantile7(x, 0.95)).toBeCloseTo(9.55, 12);
  });

  it('leaves out NaN (na.rm = TRUE), is NaN with no value and the value itself with one', () => {
    expect(quantile7([3, Number.NaN, 1, 2], 0.5)).toBe(2);
    expect(quantile7([], 0.5)).toBeNaN();
    expect(quantile7([4], 0.95)).toBe(4);
  });

  it('median: the middle value, or the mean of the two middle values', () => {
    const at = (xs: number[]) => (k: number) => xs[k - 1]!;
    expect(medianSorted(at([1, 2, 3]), 3)).toBe(2);
    expect(medianSorted(at([1, 2, 3, 10]), 4)).toBe(2.5);
  });

  it('lies between the values either side of its position', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const q = quantileSorted((k) => sorted[k - 1]!, sorted.length, p);
          const h = 1 + (sorted.length - 1) * p;
          expect(q).toBeGreaterThanOrEqual(sorted[Math.floor(h) - 1]! - 1e-12);
          expect(q).toBeLessThanOrEqual(sorted[Math.ceil(h) - 1]! + 1e-12);
        },
      ),
    );
  });
});
