import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../../src/engine/stats/cronbach.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

describe('cronbachAlpha (COINr get_cronbach)', () => {
  it('is k^2 * mean off-diagonal covariance / sum of all covariances', () => {
    // var a = 1, var b = 4, cov = 2: total 9, trace 5, alpha = 4 * (4 / 2) / 9 = 8/9 = 2 (1 - 5/9)
    expect(cronbachAlpha([f64(1, 2, 3), f64(2, 4, 6)])).toBeCloseTo(8 / 9, 15);
  });
  it('uses pairwise-complete covariances by default, as get_cronbach', () => {
    // var a = 1 (3 values), var b = 20/3 (4 values), cov = 2 (3 pairs): total 35/3, alpha = 8 / (35/3) = 24/35
    const a = f64(1, 2, 3, NaN);
    const b = f64(2, 4, 6, 8);
    expect(cronbachAlpha([a, b])).toBeCloseTo(24 / 35, 15);
    expect(cronbachAlpha([a, b], { use: 'complete' })).toBeCloseTo(8 / 9, 15);
  });
  it('handles three items and negative covariances (alpha may be negative)', () => {
    // a = 1 2 3, b = 3 2 1, c = 1 3 2: vars 1 1 1, cov(a,b) = -1, cov(a,c) = 0.5, cov(b,c) = -0.5
    // total = 3 + 2 (-1 + 0.5 - 0.5) = 1, alpha = 9 * (-2 / 6) / 1 = -3
    expect(cronbachAlpha([f64(1, 2, 3), f64(3, 2, 1), f64(1, 3, 2)])).toBeCloseTo(-3, 14);
  });
  it('is 1 for identical items and NaN for a single item', () => {
    expect(cronbachAlpha([f64(1, 5, 2), f64(1, 5, 2), f64(1, 5, 2)])).toBeCloseTo(1, 15);
    expect(cronbachAlpha([f64(1, 2, 3)])).toBeNaN();
  });
});
