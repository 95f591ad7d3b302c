// Local Moran's I: the statistic worked out by hand, and a hot spot on a grid found by conditional permutation.
import { describe, expect, it } from 'vitest';
import { localMoran } from '../../src/analysis/spatial/lisa.js';
import { rowStandardise } from '../../src/analysis/spatial/weights.js';
import { createRandom } from '../../src/engine/random.js';

describe('local Moran (LISA)', () => {
  it('computes I_i = (z_i / m2) · Σ_j w_ij z_j as worked out by hand on a path', () => {
    // x = 1..5: z = −2, −1, 0, 1, 2; m2 = Σz²/n = 2. Row-standardised path neighbours.
    // I_0 = (−2/2)·(−1) = 1; I_1 = (−1/2)·((−2 + 0)/2) = 0.5; I_2 = 0; I_3 = 0.5; I_4 = 1.
    const w = rowStandardise('path', [[1], [0, 2], [1, 3], [2, 4], [3]]);
    const local = localMoran([1, 2, 3, 4, 5], w, 9, createRandom(1));
    expect(local.map((l) => l.Ii)).toEqual([1, 0.5, 0, 0.5, 1].map((v) => expect.closeTo(v, 12)));
    expect(local.map((l) => l.lag)).toEqual([-1, -1, 0, 1, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('marks the inside of a block of high values as a hot spot', () => {
    // 6 × 6 grid, the top-left 3 × 3 block is 10, the rest 0. Cell (1,1) has four high neighbours: drawing four
    // of the 35 others at random gives four highs with probability 8·7·6·5 / (35·34·33·32) ≈ 0.0013.
    const n = 6;
    const x = Array.from({ length: n * n }, (_, i) => (Math.floor(i / n) < 3 && i % n < 3 ? 10 : 0));
    const neighbours = x.map((_, i) => {
      const [r, c] = [Math.floor(i / n), i % n];
      return [
        [r - 1, c],
        [r, c - 1],
        [r, c + 1],
        [r + 1, c],
      ]
        .filter(([a, b]) => a! >= 0 && b! >= 0 && a! < n && b! < n)
        .map(([a, b]) => a! * n + b!);
    });
    const local = localMoran(x, rowStandardise('rook', neighbours), 999, createRandom(11));
    expect(local[1 * n + 1]!.cluster).toBe('high-high');
    expect(local[1 * n + 1]!.pValue).toBeLessThan(0.01);
    // The far corner is low among lows, but such a pattern is common by chance (p ≈ 0.33): not significant.
    expect(local[n * n - 1]!.cluster).toBe('not significant');
  });
});
