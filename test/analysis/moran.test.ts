// Global Moran's I on cases worked out by hand and on the textbook chessboard.
import { describe, expect, it } from 'vitest';
import { moranI, moranTest } from '../../src/analysis/spatial/moran.js';
import { binary, rowStandardise } from '../../src/analysis/spatial/weights.js';
import { createRandom } from '../../src/engine/random.js';

/** Rook neighbours (shared edge) on a rows × cols grid, row by row. */
function rookGrid(rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const list: number[] = [];
      if (r > 0) list.push((r - 1) * cols + c);
      if (c > 0) list.push(r * cols + c - 1);
      if (c < cols - 1) list.push(r * cols + c + 1);
      if (r < rows - 1) list.push((r + 1) * cols + c);
      out.push(list);
    }
  }
  return out;
}

describe("Moran's I", () => {
  it('is −1 on the 8 × 8 chessboard with rook contiguity (the textbook case of perfect dispersion)', () => {
    // Cliff & Ord (1981), Spatial Processes, and the chessboard figure of the Wikipedia article "Moran's I":
    // black and white squares alternate, every neighbour pair differs, I = −1 exactly.
    const x = Array.from({ length: 64 }, (_, i) => (Math.floor(i / 8) + (i % 8)) % 2);
    expect(moranI(x, binary('rook', rookGrid(8, 8)))).toBeCloseTo(-1, 12);
    // With row standardisation the chessboard stays perfectly dispersed.
    expect(moranI(x, rowStandardise('rook', rookGrid(8, 8)))).toBeCloseTo(-1, 12);
  });

  it('matches a hand computation on a path of five units', () => {
    // x = 1..5 on a line, binary weights: z = −2, −1, 0, 1, 2; Σz² = 10; Σ_ij w_ij z_i z_j = 2·(2 + 0 + 0 + 2) = 8;
    // S0 = 8, so I = (5 / 8) · (8 / 10) = 0.5.
    const path = [[1], [0, 2], [1, 3], [2, 4], [3]];
    expect(moranI([1, 2, 3, 4, 5], binary('path', path))).toBeCloseTo(0.5, 12);
  });

  it('matches a hand computation on the 2 × 2 grid of a textbook worktable', () => {
    // Four cells, values 3, 2, 4, 7 (cells 1|2 over 3|4), rook neighbours 1–2, 1–3, 2–4, 3–4. Mean 4;
    // z = −1, −2, 0, 3; Σz² = 14; Σ w z z = 2·((−1)(−2) + (−1)(0) + (−2)(3) + (0)(3)) = −8; S0 = 8;
    // I = (4 / 8) · (−8 / 14) = −2/7.
    const grid = [
      [1, 2],
      [0, 3],
      [0, 3],
      [1, 2],
    ];
    expect(moranI([3, 2, 4, 7], binary('rook', grid))).toBeCloseTo(-2 / 7, 12);
  });

  it('gives a small permutation p-value to a clustered pattern and a large one to the chessboard', () => {
    const half = Array.from({ length: 64 }, (_, i) => (i % 8 < 4 ? 1 : 0));
    const w = rowStandardise('rook', rookGrid(8, 8));
    const clustered = moranTest(half, w, 199, createRandom(7));
    expect(clustered.I).toBeGreaterThan(0.8);
    expect(clustered.pValue).toBeCloseTo(1 / 200, 12); // no permutation reaches it
    expect(clustered.expected).toBeCloseTo(-1 / 63, 12);
    const board = Array.from({ length: 64 }, (_, i) => (Math.floor(i / 8) + (i % 8)) % 2);
    expect(moranTest(board, w, 199, createRandom(7)).pValue).toBe(1);
  });

  it('is reproducible from its seed', () => {
    const x = [5, 1, 4, 2, 8, 3, 7, 6, 9];
    const w = rowStandardise('rook', rookGrid(3, 3));
    expect(moranTest(x, w, 99, createRandom(3))).toEqual(moranTest(x, w, 99, createRandom(3)));
  });
});
