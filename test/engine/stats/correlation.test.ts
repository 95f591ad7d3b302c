import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationMatrix, covariance, pearson } from '../../../src/engine/stats/correlation.js';
import { averageRanks, spearman } from '../../../src/engine/stats/spearman.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

describe('pearson', () => {
  // x = 1..5, y = 2 4 5 4 5: deviations -2..2 and -2 0 1 0 1, Sxy = 6, Sxx = 10, Syy = 6, r = 6 / sqrt(60).
  it('matches the hand-worked value', () => {
    expect(pearson(f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5))).toBeCloseTo(6 / Math.sqrt(60), 15);
  });
  it('uses only the rows where both values are present (pairwise.complete.obs)', () => {
    const r = pearson(f64(1, 2, NaN, 3, 4, 5, 7), f64(2, 4, 9, 5, 4, 5, NaN));
    expect(r).toBeCloseTo(6 / Math.sqrt(60), 15);
  });
  it('is NaN for a constant column or fewer than two pairs, 1 and -1 for exact lines', () => {
    expect(pearson(f64(1, 1, 1), f64(1, 2, 3))).toBeNaN();
    expect(pearson(f64(1, NaN), f64(NaN, 2))).toBeNaN();
    expect(pearson(f64(1, 2, 3), f64(10, 20, 30))).toBe(1);
    expect(pearson(f64(1, 2, 3), f64(3, 2, 1))).toBe(-1);
  });
  it('is symmetric, bounded, and invariant under positive affine maps', () => {
    const value = fc.integer({ min: -10_000, max: 10_000 }).map((i) => i / 10);
    const column = fc.array(value, { minLength: 3, maxLength: 20 });
    fc.assert(
      fc.property(column, column, (a, b) => {
        const n = Math.min(a.length, b.length);
        const x = Float64Array.from(a.slice(0, n));
        const y = Float64Array.from(b.slice(0, n));
        const r = pearson(x, y);
        if (Number.isNaN(r)) return;
        expect(Math.abs(r)).toBeLessThanOrEqual(1);
        expect(pearson(y, x)).toBe(r);
        expect(
          pearson(
            x.map((v) => 3 * v + 7),
            y,
          ),
        ).toBeCloseTo(r, 9);
      }),
    );
  });
});

describe('covariance', () => {
  it('is the sample covariance (n - 1) over complete pairs', () => {
    // pairs (1,2) (2,4) (3,6): cov = (2*... ) = 2
    expect(covariance(f64(1, 2, 3, NaN), f64(2, 4, 6, 8))).toBeCloseTo(2, 15);
    expect(covariance(f64(2, 4, 6, 8), f64(2, 4, 6, 8))).toBeCloseTo(20 / 3, 14);
    expect(covariance(f64(1), f64(2))).toBeNaN();
  });
});

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks, as R rank(ties.method = "average")', () => {
    expect(averageRanks([2, 4, 5, 4, 5])).toEqual([1, 2.5, 4.5, 2.5, 4.5]);
    expect(averageRanks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(averageRanks([10, -1, 7])).toEqual([3, 1, 2]);
  });
});

describe('spearman', () => {
  // ranks of y = 1 2.5 4.5 2.5 4.5 (mean 3): deviations -2 -0.5 1.5 -0.5 1.5; Sxy = 7, Syy = 9, Sxx = 10.
  it('is Pearson on average ranks (ties)', () => {
    expect(spearman(f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5))).toBeCloseTo(7 / Math.sqrt(90), 15);
  });
  it('ranks only the complete pairs', () => {
    // without the NA pairs this is the same data as above; ranking before dropping would differ
    const r = spearman(f64(1, 2, 100, 3, 4, 5, NaN), f64(2, 4, NaN, 5, 4, 5, 0));
    expect(r).toBeCloseTo(7 / Math.sqrt(90), 15);
  });
  it('is 1 for any increasing relation without ties', () => {
    expect(spearman(f64(1, 2, 3, 4), f64(1, 8, 27, 1000))).toBe(1);
    // 1 - 6 * sum d^2 / (n (n^2 - 1)) with d = 0 -1 1 0: 1 - 12 / 60
    expect(spearman(f64(1, 2, 3, 4), f64(1, 3, 2, 4))).toBeCloseTo(0.8, 15);
  });
});

describe('correlationMatrix', () => {
  it('is symmetric with 1 on the diagonal for non-constant columns', () => {
    const cols = [f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5), f64(5, 3, NaN, 1, 0)];
    for (const correlate of [pearson, spearman]) {
      const m = correlationMatrix(cols, correlate);
      for (let i = 0; i < 3; i++) {
        expect(m[i]![i]).toBeCloseTo(1, 15);
        for (let j = 0; j < 3; j++) expect(m[i]![j]).toBe(m[j]![i]);
      }
    }
    expect(correlationMatrix(cols)[0]![1]).toBeCloseTo(6 / Math.sqrt(60), 15);
  });
});
