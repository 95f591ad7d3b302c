import { describe, expect, it } from 'vitest';
import { aggregateTree } from '../../../src/engine/aggregate/tree.js';
import { computeIndex } from '../../../src/engine/pipeline.js';
import {
  NO_METHOD,
  type IndexStructure,
  type IndicatorNode,
  type MethodChoice,
} from '../../../src/engine/structure.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

function indicator(code: string, parent: string, weight = 1): IndicatorNode {
  return {
    kind: 'indicator',
    code,
    parent,
    weight,
    direction: 1,
    denominator: null,
    target: null,
    normalise: null,
    treat: null,
  };
}

function structure(
  byLevel: Record<number, MethodChoice>,
  subBOverride: MethodChoice | null = null,
): IndexStructure {
  return {
    indicators: [
      indicator('a', 'subA'),
      indicator('b', 'subA', 3),
      indicator('c', 'subB'),
      indicator('d', 'subB'),
    ],
    aggregates: [
      {
        kind: 'aggregate',
        code: 'subA',
        parent: 'top',
        weight: 1,
        level: 2,
        children: ['a', 'b'],
        aggregate: null,
      },
      {
        kind: 'aggregate',
        code: 'subB',
        parent: 'top',
        weight: 3,
        level: 2,
        children: ['c', 'd'],
        aggregate: subBOverride,
      },
      {
        kind: 'aggregate',
        code: 'top',
        parent: null,
        weight: 1,
        level: 3,
        children: ['subA', 'subB'],
        aggregate: null,
      },
    ],
    root: 'top',
    pipeline: {
      screen: NO_METHOD,
      denominate: false,
      impute: NO_METHOD,
      treat: NO_METHOD,
      normalise: { method: 'minmax', params: { low: 1, high: 100 } },
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: byLevel,
      minShareAvailable: 0,
    },
  };
}

// raw values chosen so that min-max onto 1..100 gives round numbers: (x - min) / (max - min) * 99 + 1
const data = {
  units: ['u1', 'u2', 'u3'],
  columns: new Map([
    ['a', f64(0, 1, 3)], // 1, 34, 100
    ['b', f64(0, 3, 1)], // 1, 100, 34
    ['c', f64(2, 0, 1)], // 100, 1, 50.5
    ['d', f64(9, 0, 9)], // 100, 1, 100
  ]),
};

describe('computeIndex with a method per level and per node', () => {
  it('aggregates level 2 by geometric and level 3 by arithmetic means', () => {
    const result = computeIndex(
      structure({ 2: { method: 'geometric', params: {} }, 3: { method: 'arithmetic', params: {} } }),
      data,
    );
    const subA = [1, 34 ** 0.25 * 100 ** 0.75, 100 ** 0.25 * 34 ** 0.75]; // weights 1 and 3
    const subB = [100, 1, Math.sqrt(50.5 * 100)];
    const top = subA.map((x, i) => (x + 3 * subB[i]!) / 4);
    const got = (code: string) => [...result.scores.get(code)!];
    got('subA').forEach((x, i) => expect(x).toBeCloseTo(subA[i]!, 10));
    got('subB').forEach((x, i) => expect(x).toBeCloseTo(subB[i]!, 10));
    got('top').forEach((x, i) => expect(x).toBeCloseTo(top[i]!, 10));
  });
  it('lets a node override its level, and aggregateTree agrees with the pipeline', () => {
    const s = structure(
      { 2: { method: 'geometric', params: {} } },
      { method: 'generalised', params: { p: -1 } },
    );
    const result = computeIndex(s, data);
    expect(result.scores.get('subB')![2]).toBeCloseTo(2 / (1 / 50.5 + 1 / 100), 10); // p = -1: harmonic
    const tree = aggregateTree(s, result.normalised, result.weights);
    for (const code of ['subA', 'subB', 'top'])
      expect([...tree.get(code)!]).toEqual([...result.scores.get(code)!]);
  });
  it('stops with the node and unit when the geometric mean meets a zero', () => {
    const s = structure({ 2: { method: 'geometric', params: {} } });
    s.pipeline.normalise = { method: 'minmax', params: { low: 0, high: 100 } };
    expect(() => computeIndex(s, data)).toThrow(
      /^subA: the geometric mean needs positive values, but unit u1 has 0/,
    );
  });
  it('aggregates by Copeland on request', () => {
    const result = computeIndex(structure({ 2: { method: 'copeland', params: {} } }), data);
    // subB: c = (100, 1, 50.5), d = (100, 1, 100): u1 beats u2, ties-then-wins u3 (0.75), u3 beats u2
    expect([...result.scores.get('subB')!]).toEqual([2, -2, 0]);
  });
});
