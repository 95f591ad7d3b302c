import { describe, expect, it } from 'vitest';
import type { IndexResult } from '../../src/engine/pipeline.js';
import { NO_METHOD, type IndexStructure } from '../../src/engine/structure.js';
import { computeTables, formatValue } from '../../src/publish/computeCsv.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const node = (code: string, parent: string) => ({
  kind: 'indicator' as const,
  code,
  parent,
  weight: 1,
  direction: 1 as const,
  denominator: null,
  target: null,
  normalise: null,
  treat: null,
});

const structure: IndexStructure = {
  indicators: [node('x2', 'P'), node('X1', 'P')],
  aggregates: [
    {
      kind: 'aggregate',
      code: 'P',
      parent: 'Top',
      weight: 1,
      level: 2,
      children: ['x2', 'X1'],
      aggregate: null,
    },
    { kind: 'aggregate', code: 'Top', parent: null, weight: 1, level: 3, children: ['P'], aggregate: null },
  ],
  root: 'Top',
  pipeline: {
    screen: NO_METHOD,
    denominate: false,
    impute: NO_METHOD,
    treat: NO_METHOD,
    normalise: NO_METHOD,
    weights: NO_METHOD,
    aggregate: NO_METHOD,
    aggregateByLevel: {},
    minShareAvailable: 0,
  },
};

const units = ['b', 'B', '9', '10', 'a,1'];
const result = {
  units,
  treated: new Map([
    ['x2', f64(1, 2, 3, 4, 5)],
    ['X1', f64(0.1, NaN, Infinity, -Infinity, 1e-20)],
  ]),
  normalised: new Map([
    ['x2', f64(100, 75, 50, 25, 0)],
    ['X1', f64(1 / 3, NaN, 2 / 3, 0, 100)],
  ]),
  scores: new Map([
    ['x2', f64(100, 75, 50, 25, 0)],
    ['X1', f64(1 / 3, NaN, 2 / 3, 0, 100)],
    ['P', f64(50, 75, 25, 12.5, 50)],
    ['Top', f64(50, 75, 25, 12.5, 50)],
  ]),
  ranks: new Map([
    ['x2', f64(1, 2, 3, 4, 5)],
    ['X1', f64(3, NaN, 2, 4, 1)],
    ['P', f64(2, 1, 4, 5, 2)],
    ['Top', f64(2, 1, 4, 5, 2)],
  ]),
} as unknown as IndexResult;

describe('the four tables of compute', () => {
  const tables = computeTables(structure, result);

  it('sort units by plain string order and keep the spec order of indicators, then aggregates by level', () => {
    const lines = tables.aggregated.trimEnd().split('\n');
    expect(lines[0]).toBe('uCode,x2,X1,P,Top');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['10', '9', 'B', '"a', 'b']);
    expect(lines[4]).toBe('"a,1",0,100,50,50');
  });

  it('write full precision, empty cells for missing values, Inf as R does', () => {
    expect(tables.treated.split('\n')).toEqual([
      'uCode,x2,X1',
      '10,4,-Inf',
      '9,3,Inf',
      'B,2,',
      '"a,1",5,1e-20',
      'b,1,0.1',
      '',
    ]);
    expect(tables.normalised).toContain('b,100,0.3333333333333333\n');
    expect(tables.ranks.split('\n')[3]).toBe('B,2,,1,1');
  });

  it('format any double so that it reads back to the same double', () => {
    for (const x of [0.1 + 0.2, 1 / 3, -1e-300, 5e-324, 1.7976931348623157e308, 123456789.12345678]) {
      expect(Number(formatValue(x))).toBe(x);
    }
    expect(formatValue(NaN)).toBe('');
  });
});
