import { describe, expect, it } from 'vitest';
import { weightedArithmetic } from '../../src/engine/aggregate/arithmetic.js';
import { denominate } from '../../src/engine/denominate.js';
import { minMax } from '../../src/engine/normalise/minMax.js';
import { computeIndex } from '../../src/engine/pipeline.js';
import { rankDescending } from '../../src/engine/rank.js';
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../src/engine/structure.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];

describe('denominate', () => {
  it('divides by the denominator and scales; a zero denominator is missing', () => {
    expect(list(denominate(f64(10, 5, 3), f64(1000, 0, 200), 100))).toEqual([1, NaN, 1.5]);
  });
});

describe('minMax', () => {
  it('maps the present values linearly onto 0..100 and keeps missing values missing', () => {
    expect(list(minMax(f64(1, 2, 3, NaN, 5)))).toEqual([0, 25, 50, NaN, 100]);
  });
  it('maps onto any range', () => {
    expect(list(minMax(f64(2, 4, 6), 1, 2))).toEqual([1, 1.5, 2]);
  });
  it('refuses to normalise when all values are equal (COINr would return NaN)', () => {
    expect(() => minMax(f64(3, 3, NaN), 0, 100, 'a')).toThrow(/^a: has zero range/);
  });
});

describe('weightedArithmetic', () => {
  it('skips missing inputs and renormalises the remaining weights', () => {
    // unit 0: (1*10 + 3*20) / 4 = 17.5; unit 1: only b present -> 40
    expect(list(weightedArithmetic([f64(10, NaN), f64(20, 40)], [1, 3]))).toEqual([17.5, 40]);
  });
  it('gives NaN when the available weight share is below the minimum', () => {
    expect(list(weightedArithmetic([f64(10, NaN), f64(20, 40)], [1, 3], 0.8))).toEqual([17.5, NaN]);
  });
  it('gives NaN when every input is missing', () => {
    expect(list(weightedArithmetic([f64(NaN), f64(NaN)], [1, 1]))).toEqual([NaN]);
  });
});

describe('rankDescending', () => {
  it('ranks the highest first, ties share the best rank, missing has no rank', () => {
    expect(list(rankDescending(f64(5, 7, 7, 1, NaN)))).toEqual([3, 1, 1, 4, NaN]);
  });
});

function indicator(
  code: string,
  parent: string,
  direction: 1 | -1,
  denominator: IndicatorNode['denominator'],
): IndicatorNode {
  return {
    kind: 'indicator',
    code,
    parent,
    weight: 1,
    direction,
    denominator,
    target: null,
    normalise: null,
    treat: null,
  };
}

describe('computeIndex', () => {
  const structure: IndexStructure = {
    indicators: [
      indicator('a', 'sub', 1, { variable: 'pop', scale: 100 }),
      indicator('b', 'sub', -1, null),
      indicator('c', 'top', 1, null),
    ],
    aggregates: [
      {
        kind: 'aggregate',
        code: 'sub',
        parent: 'top',
        weight: 3,
        level: 2,
        children: ['a', 'b'],
        aggregate: null,
      },
      {
        kind: 'aggregate',
        code: 'top',
        parent: null,
        weight: 1,
        level: 3,
        children: ['sub', 'c'],
        aggregate: null,
      },
    ],
    root: 'top',
    pipeline: {
      screen: NO_METHOD,
      denominate: true,
      impute: NO_METHOD,
      treat: NO_METHOD,
      normalise: { method: 'minmax', params: { low: 0, high: 100 } },
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
  const data = {
    units: ['u1', 'u2', 'u3'],
    columns: new Map([
      ['a', f64(1, 2, 6)], // per 100 of pop: 10, 10, 30 -> 0, 0, 100
      ['pop', f64(10, 20, 20)],
      ['b', f64(4, 2, 0)], // lower is better: 0, 50, 100
      ['c', f64(0, 10, 5)], // 0, 100, 50
    ]),
  };
  it('denominates, normalises with direction, aggregates over a hierarchy of any depth and ranks', () => {
    const result = computeIndex(structure, data);
    expect(list(result.denominated.get('a')!)).toEqual([10, 10, 30]);
    expect(list(result.normalised.get('b')!)).toEqual([0, 50, 100]);
    expect(list(result.scores.get('sub')!)).toEqual([0, 25, 100]);
    // top = (3 * sub + 1 * c) / 4
    expect(list(result.scores.get('top')!)).toEqual([0, (75 + 100) / 4, (300 + 50) / 4]);
    expect(list(result.ranks.get('top')!)).toEqual([3, 2, 1]);
    expect(list(result.ranks.get('a')!)).toEqual([2, 2, 1]);
  });
  it('names the indicator whose data column is missing', () => {
    const noB = { units: data.units, columns: new Map([...data.columns].filter(([code]) => code !== 'b')) };
    expect(() => computeIndex(structure, noB)).toThrow(/b: no data column for this indicator/);
    const noPop = {
      units: data.units,
      columns: new Map([...data.columns].filter(([code]) => code !== 'pop')),
    };
    expect(() => computeIndex(structure, noPop)).toThrow(/a: no data for denominator "pop"/);
  });
});
