// The registry's strategies: parameters, defaults, direction handling, errors naming the indicator; properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisers } from '../../../src/engine/normalise/index.js';
import { mean } from '../../../src/engine/stats/mean.js';
import { sampleSd } from '../../../src/engine/stats/sd.js';
import type { Direction, IndicatorNode, Params } from '../../../src/engine/structure.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];
const units = ['a', 'b', 'c', 'd'];

function indicator(direction: Direction = 1, target: number | null = null): IndicatorNode {
  return {
    kind: 'indicator',
    code: 'gigabit',
    parent: 'infra',
    weight: 1,
    direction,
    denominator: null,
    target,
    normalise: null,
    treat: null,
  };
}

/** Runs a strategy as the pipeline does: raw values multiplied by the direction first. */
function run(method: string, raw: Float64Array, params: Params = {}, ind = indicator()): Float64Array {
  const directed = ind.direction === 1 ? raw : raw.map((x) => -x);
  return normalisers[method]!(directed, { method, params }, { units, indicator: ind });
}

describe('normalisation strategies', () => {
  it('registers the methods the CLI maps to', () => {
    expect(Object.keys(normalisers).sort()).toEqual(
      [
        'borda',
        'dist2max',
        'dist2ref',
        'dist2targ',
        'fracmax',
        'goalposts',
        'minmax',
        'prank',
        'rank',
        'zscore',
      ].sort(),
    );
  });
  it('minmax defaults to 0..100, takes low/high, and reverses lower-is-better indicators', () => {
    expect(list(run('minmax', f64(1, 2, 3)))).toEqual([0, 50, 100]);
    expect(list(run('minmax', f64(1, 2, 3), { low: 1, high: 2 }))).toEqual([1, 1.5, 2]);
    expect(list(run('minmax', f64(1, 2, 3), {}, indicator(-1)))).toEqual([100, 50, 0]);
  });
  it('errors name the indicator', () => {
    expect(() => run('minmax', f64(4, 4, 4, 4))).toThrow(/^gigabit: has zero range/);
    expect(() => run('minmax', f64(1, 2), { low: 'x' })).toThrow(/parameter "low" must be a number/);
  });
  it('zscore takes mean and sd', () => {
    expect(list(run('zscore', f64(1, 2, 3), { mean: 10, sd: 2 }))).toEqual([8, 10, 12]);
    expect(list(run('zscore', f64(1, 2, 3), {}, indicator(-1)))).toEqual([1, 0, -1]);
  });
  it('rank, prank and borda rank the directed values ascending', () => {
    expect(list(run('rank', f64(5, 1, 3, 3), {}, indicator(-1)))).toEqual([1, 4, 2, 2]);
    expect(list(run('borda', f64(5, 1, 3, 3)))).toEqual([3, 0, 1, 1]);
    expect(list(run('prank', f64(5, 1, 3, 3)))).toEqual([1, 0, 1 / 3, 1 / 3]);
  });
  it('dist2ref looks the reference unit up by code', () => {
    expect(list(run('dist2ref', f64(2, 4, 6, 10), { unit: 'b' }))).toEqual([0, 1, 2, 4]);
    expect(list(run('dist2ref', f64(2, 4, 6, 10), { unit: 'b', cap_max: true }))).toEqual([0, 1, 1, 1]);
    expect(() => run('dist2ref', f64(2, 4, 6, 10), { unit: 'zz' })).toThrow(
      /^gigabit: dist2ref: unknown reference unit "zz"/,
    );
    expect(() => run('dist2ref', f64(2, 4, 6, 10))).toThrow(/needs the reference unit/);
    expect(() => run('dist2ref', f64(2, 4, 6, 10), { unit: 'b', cap_max: 'maybe' })).toThrow(
      /"cap_max" must be true or false/,
    );
  });
  it("dist2targ uses the indicator's target; lower-is-better measures from the maximum: (max - x) / (max - target)", () => {
    // COINr n_dist2targ: (x - min) / (targ - min); direction -1: (max - x) / (max - targ)
    expect(list(run('dist2targ', f64(2, 4, 6), {}, indicator(1, 10)))).toEqual([0, 0.25, 0.5]);
    const lowerBetter = run('dist2targ', f64(2, 4, 6), { cap_max: true }, indicator(-1, 3));
    [1, 2 / 3, 0].forEach((e, i) => expect(lowerBetter[i]).toBeCloseTo(e, 14));
    const uncapped = run('dist2targ', f64(2, 4, 6), {}, indicator(-1, 3));
    [(6 - 2) / 3, (6 - 4) / 3, 0].forEach((e, i) => expect(uncapped[i]).toBeCloseTo(e, 14));
    expect(() => run('dist2targ', f64(2, 4, 6))).toThrow(/^gigabit: dist2targ needs a target/);
  });
  it('goalposts come from low/high in raw units, scale defaults to 100, truncation on unless trunc2posts: false', () => {
    expect(list(run('goalposts', f64(-5, 2.5, 5, 20), { low: 0, high: 10 }))).toEqual([0, 25, 50, 100]);
    expect(
      list(run('goalposts', f64(-5, 2.5, 5, 20), { low: 0, high: 10, scale: 1, trunc2posts: false })),
    ).toEqual([-0.5, 0.25, 0.5, 2]);
    expect(list(run('goalposts', f64(-5, 2.5, 5, 20), { low: 0, high: 10 }, indicator(-1)))).toEqual([
      100, 75, 50, 0,
    ]);
    expect(() => run('goalposts', f64(1, 2), { low: 0 })).toThrow(
      /^gigabit: goalposts needs parameters "low" and "high"/,
    );
  });
  it('fracmax and dist2max', () => {
    expect(list(run('fracmax', f64(1, 2, 4)))).toEqual([0.25, 0.5, 1]);
    expect(list(run('dist2max', f64(2, 4, 6), {}, indicator(-1)))).toEqual([1, 0.5, 0]);
  });
});

const column = fc.array(
  fc.oneof(
    fc.integer({ min: -50, max: 50 }),
    fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    fc.constant(Number.NaN),
  ),
  {
    minLength: 2,
    maxLength: 40,
  },
);
const spread = (xs: number[]) => new Set(xs.filter((x) => !Number.isNaN(x))).size >= 2;

describe('properties', () => {
  it('every method keeps missing values missing and emits no other NaN', () => {
    fc.assert(
      fc.property(column.filter(spread), fc.constantFrom<Direction>(1, -1), (xs, direction) => {
        const raw = Float64Array.from(xs);
        const params: Record<string, Params> = {
          dist2ref: { unit: 'u0' },
          goalposts: { low: -10, high: 10 },
        };
        const us = xs.map((_, i) => `u${i}`);
        for (const method of Object.keys(normalisers)) {
          const ind = indicator(direction, 1e5);
          const directed = direction === 1 ? raw : raw.map((x) => -x);
          let out: Float64Array;
          try {
            out = normalisers[method]!(
              directed,
              { method, params: params[method] ?? {} },
              { units: us, indicator: ind },
            );
          } catch {
            continue;
          }
          out.forEach((y, i) => expect(Number.isNaN(y)).toBe(Number.isNaN(raw[i]!)));
        }
      }),
    );
  });
  it('minmax output lies in [low, high] and hits both ends', () => {
    fc.assert(
      fc.property(
        column.filter(spread),
        fc.integer({ min: -100, max: 0 }),
        fc.integer({ min: 1, max: 100 }),
        (xs, low, high) => {
          const out = run('minmax', Float64Array.from(xs), { low, high }).filter((y) => !Number.isNaN(y));
          expect(Math.min(...out)).toBe(low);
          for (const y of out) expect(y).toBeGreaterThanOrEqual(low - 1e-9);
          for (const y of out) expect(y).toBeLessThanOrEqual(high + 1e-9);
          expect(Math.max(...out)).toBeCloseTo(high, 9);
        },
      ),
    );
  });
  it('rank is a permutation of 1..n when values are distinct, and with ties each rank is 1 + the number of smaller values', () => {
    fc.assert(
      fc.property(column, (xs) => {
        const ranks = run('rank', Float64Array.from(xs));
        const present = xs.filter((x) => !Number.isNaN(x));
        xs.forEach((x, i) => {
          if (Number.isNaN(x)) return expect(ranks[i]).toBeNaN();
          expect(ranks[i]).toBe(1 + present.filter((y) => y < x).length);
        });
        if (new Set(present).size === present.length) {
          expect([...ranks].filter((r) => !Number.isNaN(r)).sort((a, b) => a - b)).toEqual(
            present.map((_, k) => k + 1),
          );
        }
      }),
    );
  });
  it('zscore output has the chosen mean and sd', () => {
    fc.assert(
      fc.property(
        column.filter((xs) => sampleSd(Float64Array.from(xs)) > 1e-6),
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 1, max: 20 }),
        (xs, m, sd) => {
          const out = run('zscore', Float64Array.from(xs), { mean: m, sd });
          expect(mean(out)).toBeCloseTo(m, 8);
          expect(sampleSd(out)).toBeCloseTo(sd, 8);
        },
      ),
    );
  });
});
