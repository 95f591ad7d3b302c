import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import { symmetricEigen } from '../../../src/engine/stats/eigen.js';
import { pca } from '../../../src/engine/stats/pca.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

// R's USArrests data set (McNeil 1977), columns Murder, Assault, UrbanPop, Rape of the 50 states.
// prcomp(USArrests, scale. = TRUE) prints sdev 1.5748783 0.9948694 0.5971291 0.4164494 and the rotation
// below (up to the arbitrary sign of each column), as in ?prcomp and ISLR's lab 10.4.
const murder = [
  13.2, 10.0, 8.1, 8.8, 9.0, 7.9, 3.3, 5.9, 15.4, 17.4, 5.3, 2.6, 10.4, 7.2, 2.2, 6.0, 9.7, 15.4, 2.1, 11.3,
  4.4, 12.1, 2.7, 16.1, 9.0, 6.0, 4.3, 12.2, 2.1, 7.4, 11.4, 11.1, 13.0, 0.8, 7.3, 6.6, 4.9, 6.3, 3.4, 14.4,
  3.8, 13.2, 12.7, 3.2, 2.2, 8.5, 4.0, 5.7, 2.6, 6.8,
];
const assault = [
  236, 263, 294, 190, 276, 204, 110, 238, 335, 211, 46, 120, 249, 113, 56, 115, 109, 249, 83, 300, 149, 255,
  72, 259, 178, 109, 102, 252, 57, 159, 285, 254, 337, 45, 120, 151, 159, 106, 174, 279, 86, 188, 201, 120,
  48, 156, 145, 81, 53, 161,
];
const urbanPop = [
  58, 48, 80, 50, 91, 78, 77, 72, 80, 60, 83, 54, 83, 65, 57, 66, 52, 66, 51, 67, 85, 74, 66, 44, 70, 53, 62,
  81, 56, 89, 70, 86, 45, 44, 75, 68, 67, 72, 87, 48, 45, 59, 80, 80, 32, 63, 73, 39, 66, 60,
];
const rape = [
  21.2, 44.5, 31.0, 19.5, 40.6, 38.7, 11.1, 15.8, 31.9, 25.8, 20.2, 14.2, 24.0, 21.0, 11.3, 18.0, 16.3, 22.2,
  7.8, 27.8, 16.3, 35.1, 14.9, 17.1, 28.2, 16.4, 16.5, 46.0, 9.5, 18.8, 32.1, 26.1, 16.1, 7.3, 21.4, 20.0,
  29.3, 14.9, 8.3, 22.5, 12.8, 26.9, 25.5, 22.9, 11.2, 20.7, 26.2, 9.3, 10.8, 15.6,
];
const USARRESTS = [murder, assault, urbanPop, rape].map((c) => Float64Array.from(c));
const PRCOMP_SDEV = [1.5748783, 0.9948694, 0.5971291, 0.4164494];
const PRCOMP_ROTATION = [
  [-0.5358995, -0.5831836, -0.2781909, -0.5434321],
  [0.4181809, 0.1879856, -0.8728062, -0.1673186],
  [-0.3412327, -0.2681484, -0.3780158, 0.8177779],
  [0.6492278, -0.7434075, 0.1338777, 0.0890243],
];

function expectOrthonormal(vectors: number[][]): void {
  for (let i = 0; i < vectors.length; i++) {
    for (let j = 0; j < vectors.length; j++) {
      const dot = vectors[i]!.reduce((s, x, k) => s + x * vectors[j]![k]!, 0);
      expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
    }
  }
}

describe('symmetricEigen', () => {
  it('decomposes a 2x2 correlation matrix into 1 + r and 1 - r', () => {
    const r = 0.6;
    const { values, vectors } = symmetricEigen([
      [1, r],
      [r, 1],
    ]);
    expect(values[0]).toBeCloseTo(1 + r, 15);
    expect(values[1]).toBeCloseTo(1 - r, 15);
    // sign convention: loadings sum positive; the second sums to 0, so its largest (first) entry is positive
    expect(vectors[0]![0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[0]![1]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[1]![0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[1]![1]).toBeCloseTo(-Math.SQRT1_2, 15);
  });
  it('handles diagonal matrices and sorts eigenvalues in descending order', () => {
    const { values, vectors } = symmetricEigen([
      [1, 0, 0],
      [0, 3, 0],
      [0, 0, 2],
    ]);
    expect(values).toEqual([3, 2, 1]);
    expect(vectors).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
  });
  it('satisfies A v = lambda v with orthonormal vectors whose entries sum to a positive number', () => {
    const entry = fc.integer({ min: -100, max: 100 }).map((i) => i / 10);
    const matrix = fc
      .integer({ min: 1, max: 7 })
      .chain((n) =>
        fc
          .array(entry, { minLength: n * n, maxLength: n * n })
          .map((xs) =>
            Array.from({ length: n }, (_, i) =>
              Array.from({ length: n }, (_, j) => (i <= j ? xs[i * n + j]! : xs[j * n + i]!)),
            ),
          ),
      );
    fc.assert(
      fc.property(matrix, (a) => {
        const { values, vectors } = symmetricEigen(a);
        expectOrthonormal(vectors);
        values.forEach((lambda, k) => {
          if (k > 0) expect(lambda).toBeLessThanOrEqual(values[k - 1]!);
          const v = vectors[k]!;
          a.forEach((row, i) =>
            expect(row.reduce((s, x, j) => s + x * v[j]!, 0)).toBeCloseTo(lambda * v[i]!, 10),
          );
          const sum = v.reduce((s, x) => s + x, 0);
          expect(sum > 1e-12 || (Math.abs(sum) <= 1e-12 && Math.max(...v) >= -Math.min(...v) - 1e-12)).toBe(
            true,
          );
        });
        const trace = a.reduce((s, row, i) => s + row[i]!, 0);
        expect(values.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 9);
      }),
    );
  });
  it('rejects a matrix that is not symmetric', () => {
    expect(() =>
      symmetricEigen([
        [1, 2],
        [3, 1],
      ]),
    ).toThrow(/not symmetric/);
  });
});

describe('pca', () => {
  it('reproduces prcomp(USArrests, scale. = TRUE) up to the documented sign convention', () => {
    const result = pca(USARRESTS);
    result.eigenvalues.forEach((lambda, k) => expect(Math.sqrt(lambda)).toBeCloseTo(PRCOMP_SDEV[k]!, 7));
    result.loadings.forEach((loading, k) => {
      const sign = PRCOMP_ROTATION[k]!.reduce((a, b) => a + b, 0) > 0 ? 1 : -1;
      loading.forEach((w, j) => expect(w).toBeCloseTo(sign * PRCOMP_ROTATION[k]![j]!, 7));
      expect(loading.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });
    // summary(prcomp(...)): Proportion of Variance 0.6201 0.2474 0.08914 0.04336
    [0.6201, 0.2474, 0.08914, 0.04336].forEach((share, k) =>
      expect(result.varianceExplained[k]).toBeCloseTo(share, 4),
    );
    expect(result.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });
  it('gives eigenvalues 1 + r and 1 - r for two variables, and scores (z1 + z2) / sqrt 2', () => {
    const x = f64(1, 2, 3, 4, 5);
    const y = f64(2, 4, 5, 4, 5);
    const r = 6 / Math.sqrt(60);
    const result = pca([x, y]);
    expect(result.eigenvalues[0]).toBeCloseTo(1 + r, 14);
    expect(result.eigenvalues[1]).toBeCloseTo(1 - r, 14);
    expect(result.varianceExplained[0]).toBeCloseTo((1 + r) / 2, 14);
    // z-scores: x (mean 3, sd sqrt 2.5), y (mean 4, sd sqrt 1.5); first unit: (-2/sqrt 2.5 - 2/sqrt 1.5) / sqrt 2
    expect(result.scores[0]![0]).toBeCloseTo((-2 / Math.sqrt(2.5) - 2 / Math.sqrt(1.5)) / Math.SQRT2, 14);
  });
  it('uses complete cases only and leaves the other rows NaN in the scores', () => {
    const withGaps = pca([f64(1, 2, NaN, 3, 4, 5), f64(2, 4, 7, 5, 4, 5)]);
    const complete = pca([f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5)]);
    expect(withGaps.eigenvalues).toEqual(complete.eigenvalues);
    expect(withGaps.scores[0]![2]).toBeNaN();
    expect(withGaps.scores[0]![3]).toBe(complete.scores[0]![2]);
  });
  it('without scaling decomposes the covariance matrix; without centring scales by the root mean square', () => {
    // covariance of x (var 2.5) and y (var 1.5, cov 1.5): eigenvalues 2 +- sqrt(0.25 + 2.25)
    const cov = pca([f64(1, 2, 3, 4, 5), f64(2, 4, 5, 4, 5)], { scale: false });
    expect(cov.eigenvalues[0]).toBeCloseTo(2 + Math.sqrt(2.5), 14);
    expect(cov.eigenvalues[1]).toBeCloseTo(2 - Math.sqrt(2.5), 14);
    // x = (1, 1, 2), y = (2, 2, 4): rms scaling makes both equal, one component carries everything
    const raw = pca([f64(1, 1, 2), f64(2, 2, 4)], { center: false });
    expect(raw.varianceExplained[0]).toBeCloseTo(1, 14);
    // rms = sqrt((1 + 1 + 4) / 2) = sqrt 3 for x, so z'z / (n - 1) = 1 for every entry: eigenvalues 2 and 0
    expect(raw.eigenvalues[0]).toBeCloseTo(2, 14);
    expect(raw.eigenvalues[1]).toBeCloseTo(0, 14);
  });
  it('returns min(rows, variables) components', () => {
    expect(pca([f64(1, 2), f64(2, 1), f64(5, 7)]).eigenvalues).toHaveLength(2);
  });
  it('fails with a clear message on a constant variable or too few complete rows', () => {
    expect(() => pca([f64(1, 1, 1), f64(1, 2, 3)])).toThrow(EngineError);
    expect(() => pca([f64(1, 1, 1), f64(1, 2, 3)])).toThrow(/constant/);
    expect(() => pca([f64(1, NaN, 3), f64(NaN, 2, 3)])).toThrow(/at least 2 units/);
  });
});
