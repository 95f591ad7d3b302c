// Each normalisation method on small inputs worked by hand, and COINr's vignette examples.
import { describe, expect, it } from 'vitest';
import { borda } from '../../../src/engine/normalise/borda.js';
import { distToMax } from '../../../src/engine/normalise/distToMax.js';
import { distToRef } from '../../../src/engine/normalise/distToRef.js';
import { distToTarget } from '../../../src/engine/normalise/distToTarget.js';
import { fracMax } from '../../../src/engine/normalise/fracMax.js';
import { goalposts } from '../../../src/engine/normalise/goalposts.js';
import { minMax } from '../../../src/engine/normalise/minMax.js';
import { percentRank } from '../../../src/engine/normalise/percentRank.js';
import { rankAscending } from '../../../src/engine/normalise/rank.js';
import { zScore } from '../../../src/engine/normalise/zScore.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];
const close = (actual: Float64Array, expected: number[], digits = 12) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) =>
    Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, digits),
  );
};

describe('minMax (n_minmax)', () => {
  it('maps onto [low, high], also reversed bounds, missing stays missing', () => {
    expect(list(minMax(f64(1, 2, 3, NaN, 5)))).toEqual([0, 25, 50, NaN, 100]);
    expect(list(minMax(f64(2, 4, 6), 100, 0))).toEqual([100, 50, 0]);
  });
  it('rejects zero range naming the indicator (COINr would return NaN)', () => {
    expect(() => minMax(f64(3, 3, NaN), 0, 100, 'broadband')).toThrow(/^broadband: has zero range/);
    expect(() => minMax(f64(NaN, 7))).toThrow(/zero range/);
  });
  it('gives all missing for an all-missing column', () => {
    expect(list(minMax(f64(NaN, NaN)))).toEqual([NaN, NaN]);
  });
  it("reproduces the normalise vignette's Normalise(iris): Sepal.Length and Sepal.Width of rows 1-6", () => {
    // COINr vignette "Normalisation", Data frames and vectors. The columns' minimum and maximum (4.3, 7.9 and
    // 2.0, 4.4 in iris) are appended so that the first six rows scale as in the full column.
    close(
      minMax(f64(5.1, 4.9, 4.7, 4.6, 5.0, 5.4, 4.3, 7.9)).subarray(0, 6),
      [22.222222, 16.666667, 11.111111, 8.333333, 19.444444, 30.555556],
      5,
    );
    close(
      minMax(f64(3.5, 3.0, 3.2, 3.1, 3.6, 3.9, 2.0, 4.4)).subarray(0, 6),
      [62.5, 41.66667, 50, 45.83333, 66.66667, 79.16667],
      4,
    );
  });
  it("reproduces the vignette's qNormalise(X) on its printed data (columns a and b)", () => {
    // COINr vignette "Normalisation", Simplified normalisation; inputs as printed (8 significant digits)
    const a = f64(
      0.87460066,
      0.17494063,
      0.03424133,
      0.32038573,
      0.40232824,
      0.19566983,
      0.40353812,
      0.06366146,
      0.38870131,
      0.97554784,
    );
    close(
      minMax(a),
      [89.275844, 14.947235, 0, 30.398642, 39.103831, 17.149409, 39.232363, 3.125456, 37.65617, 100],
      4,
    );
    const b = f64(
      28.98923,
      67.838043,
      73.53196,
      19.595673,
      98.053967,
      74.152153,
      5.144628,
      53.021246,
      69.582388,
      68.8556,
    );
    close(
      minMax(b),
      [25.66438, 67.47805, 73.60652, 15.55392, 100, 74.27405, 0, 51.53047, 69.35552, 68.57327],
      4,
    );
  });
});

describe('zScore (n_zscore)', () => {
  it('(x - mean) / sd * targetSd + targetMean with the sample sd', () => {
    // mean 2, sample sd 1
    expect(list(zScore(f64(1, NaN, 3, 2)))).toEqual([-1, NaN, 1, 0]);
    expect(list(zScore(f64(1, 2, 3), 10, 2))).toEqual([8, 10, 12]);
    // mean 5, sd sqrt(32/7)
    close(
      zScore(f64(2, 4, 4, 4, 5, 5, 7, 9)),
      [-3, -1, -1, -1, 0, 0, 2, 4].map((d) => d / Math.sqrt(32 / 7)),
    );
  });
  it('rejects zero variance, a single value and a non-positive target sd', () => {
    expect(() => zScore(f64(2, 2, 2), 0, 1, 'x')).toThrow(/^x: has zero variance/);
    expect(() => zScore(f64(2, NaN), 0, 1, 'x')).toThrow(/at least two/);
    expect(() => zScore(f64(1, 2), 0, 0, 'x')).toThrow(/target standard deviation must be positive/);
  });
});

describe('rank methods: ascending, ties share the lowest rank (ties.method = "min"), missing kept', () => {
  const x = f64(10, 20, 20, 5, NaN);
  it('rank (n_rank)', () => expect(list(rankAscending(x))).toEqual([2, 3, 3, 1, NaN]));
  it('borda (n_borda) = rank - 1', () => expect(list(borda(x))).toEqual([1, 2, 2, 0, NaN]));
  it('prank (n_prank) = (rank - 1) / (present - 1)', () =>
    close(percentRank(x), [1 / 3, 2 / 3, 2 / 3, 0, NaN]));
  it('prank of a single value is an error', () =>
    expect(() => percentRank(f64(4, NaN), 'x')).toThrow(/^x: has only one value/));
});

describe('distToMax (n_dist2max)', () => {
  it('1 - (max - x) / (max - min)', () =>
    expect(list(distToMax(f64(2, 4, 6, NaN)))).toEqual([0, 0.5, 1, NaN]));
  it('rejects zero range', () => expect(() => distToMax(f64(1, 1), 'x')).toThrow(/^x: has zero range/));
  it("reproduces the vignette's Normalise(mtcars, n_dist2max): mpg of rows 1-6", () => {
    // COINr vignette "Normalisation", Data frames and vectors; mtcars$mpg in full
    const mpg = f64(
      21,
      21,
      22.8,
      21.4,
      18.7,
      18.1,
      14.3,
      24.4,
      22.8,
      19.2,
      17.8,
      16.4,
      17.3,
      15.2,
      10.4,
      10.4,
      14.7,
      32.4,
      30.4,
      33.9,
      21.5,
      15.5,
      15.2,
      13.3,
      19.2,
      27.3,
      26,
      30.4,
      15.8,
      19.7,
      15,
      21.4,
    );
    close(
      distToMax(mpg).subarray(0, 6),
      [0.4510638, 0.4510638, 0.5276596, 0.4680851, 0.3531915, 0.3276596],
      6,
    );
  });
});

describe('distToRef (n_dist2ref)', () => {
  const x = f64(2, 4, 6, 10, NaN);
  it('1 - (ref - x) / (ref - min), optionally capped at 1', () => {
    // ref = 4 (index 1), min = 2
    expect(list(distToRef(x, 1))).toEqual([0, 1, 2, 4, NaN]);
    expect(list(distToRef(x, 1, true))).toEqual([0, 1, 1, 1, NaN]);
  });
  it('rejects a missing reference value and a reference at the minimum', () => {
    expect(() => distToRef(x, 4, false, 'x', '"u5"')).toThrow(/^x: reference unit "u5" has no value/);
    expect(() => distToRef(x, 0, false, 'x', '"u1"')).toThrow(/reference unit "u1" has the lowest value/);
  });
  it("reproduces the vignette's qNormalise(X, n_dist2ref, iref = 1, cap_max = TRUE), column b", () => {
    const b = f64(
      28.98923,
      67.838043,
      73.53196,
      19.595673,
      98.053967,
      74.152153,
      5.144628,
      53.021246,
      69.582388,
      68.8556,
    );
    close(distToRef(b, 0, true), [1, 1, 1, 0.606051, 1, 1, 0, 1, 1, 1], 5);
  });
});

describe('distToTarget (n_dist2targ, direction 1)', () => {
  it('(x - min) / (target - min), optionally capped at 1', () => {
    close(distToTarget(f64(2, 4, 6, NaN), 10), [0, 0.25, 0.5, NaN]);
    close(distToTarget(f64(2, 4, 6), 5, true), [0, 2 / 3, 1]);
    close(distToTarget(f64(2, 4, 6), 5), [0, 2 / 3, 4 / 3]);
  });
  it('gives negative scores for a target below the minimum, as COINr', () => {
    close(distToTarget(f64(2, 4), 0), [-0, -1]);
  });
  it('rejects a target equal to the minimum', () => {
    expect(() => distToTarget(f64(2, 4), 2, false, 'x')).toThrow(
      /^x: the target \(2\) equals the lowest value/,
    );
  });
});

describe('fracMax (n_fracmax)', () => {
  it('x / max', () => expect(list(fracMax(f64(1, 2, 4, NaN)))).toEqual([0.25, 0.5, 1, NaN]));
  it('rejects a maximum of 0', () =>
    expect(() => fracMax(f64(-1, 0), 'x')).toThrow(/^x: has a maximum of 0/));
});

describe('goalposts (n_goalposts, goalposts in the raw units)', () => {
  const posts = { low: 0, high: 10, scale: 100, truncate: true };
  const raw = [-5, 2.5, 5, 20, NaN];
  it('positive direction: (x - low) / (high - low), truncated to [0, 1], times scale', () => {
    close(goalposts(Float64Array.from(raw), posts, 1), [0, 25, 50, 100, NaN]);
    close(goalposts(Float64Array.from(raw), { ...posts, truncate: false }, 1), [-50, 25, 50, 200, NaN]);
  });
  it('negative direction: the directed values are measured from the flipped posts, i.e. (high - x) / (high - low)', () => {
    const directed = Float64Array.from(raw, (x) => -x);
    close(goalposts(directed, posts, -1), [100, 75, 50, 0, NaN]);
    close(goalposts(directed, { ...posts, truncate: false }, -1), [150, 75, 50, -100, NaN]);
  });
  it("matches COINr's n_goalposts examples: 1 with gposts c(0, 10, 1) is 0.1, and 0.9 for direction -1", () => {
    // man/n_goalposts.Rd examples; for direction -1 our values arrive multiplied by -1
    close(goalposts(f64(1), { low: 0, high: 10, scale: 1, truncate: true }, 1), [0.1]);
    close(goalposts(f64(-1), { low: 0, high: 10, scale: 1, truncate: true }, -1), [0.9]);
  });
  it('rejects goalposts that are not low < high', () => {
    expect(() => goalposts(f64(1), { ...posts, low: 10, high: 10 }, 1, 'x')).toThrow(
      /^x: goalposts need a lower goalpost below/,
    );
  });
});
