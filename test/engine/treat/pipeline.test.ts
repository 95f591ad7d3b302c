// Treatment and normalisation inside computeIndex: winsorise, then z-scores with direction applied.
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/engine/pipeline.js';
import { mean } from '../../../src/engine/stats/mean.js';
import { sampleSd } from '../../../src/engine/stats/sd.js';
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../../src/engine/structure.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function indicator(code: string, direction: 1 | -1, extra: Partial<IndicatorNode> = {}): IndicatorNode {
  return {
    kind: 'indicator',
    code,
    parent: 'top',
    weight: 1,
    direction,
    denominator: null,
    target: null,
    normalise: null,
    treat: null,
    ...extra,
  };
}

describe('computeIndex with treat: winsorise and normalise: zscore', () => {
  const structure: IndexStructure = {
    indicators: [
      indicator('a', 1),
      indicator('b', -1),
      indicator('c', 1, { treat: NO_METHOD, normalise: { method: 'minmax', params: {} } }),
    ],
    aggregates: [
      {
        kind: 'aggregate',
        code: 'top',
        parent: null,
        weight: 1,
        level: 2,
        children: ['a', 'b', 'c'],
        aggregate: null,
      },
    ],
    root: 'top',
    pipeline: {
      screen: NO_METHOD,
      denominate: false,
      impute: NO_METHOD,
      treat: { method: 'winsorise', params: {} },
      normalise: { method: 'zscore', params: {} },
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
  const units = range(1, 12).map((i) => `u${i}`);
  const a = [...range(1, 10), 30, 100]; // fails the skew/kurtosis test; one point winsorised (treat vignette)
  const b = [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]; // passes, lower is better
  const c = [...range(1, 11), 1000]; // treatment overridden: none
  const data = {
    units,
    columns: new Map([
      ['a', Float64Array.from(a)],
      ['b', Float64Array.from(b)],
      ['c', Float64Array.from(c)],
    ]),
  };

  it('treats each indicator, reports what changed, then normalises the directed values', () => {
    const result = computeIndex(structure, data);
    expect([...result.treated.get('a')!]).toEqual([...range(1, 10), 30, 30]);
    expect(result.treatment).toEqual([
      { indicator: 'a', method: 'winsorise', changed: [11], note: 'winsorised 1 high point' },
      { indicator: 'b', method: 'winsorise', changed: [], note: 'passed, unchanged' },
      { indicator: 'c', method: 'none', changed: [], note: '' },
    ]);
    for (const code of ['a', 'b']) {
      const z = result.normalised.get(code)!;
      expect(mean(z)).toBeCloseTo(0, 12);
      expect(sampleSd(z)).toBeCloseTo(1, 12);
    }
    // a: z-score of the winsorised values; b: lower is better, so the first unit (12) scores lowest
    const treatedA = result.treated.get('a')!;
    expect(result.normalised.get('a')![0]).toBeCloseTo((1 - mean(treatedA)) / sampleSd(treatedA), 12);
    expect(result.normalised.get('b')![0]).toBeCloseTo((-12 + 6.5) / sampleSd(Float64Array.from(b)), 12);
    expect(result.normalised.get('c')![11]).toBe(100);
    expect(result.ranks.get('top')![11]).toBe(1);
  });
  it('leaves out an indicator that cannot be normalised, and reports it by name', () => {
    const flat = { units, columns: new Map([...data.columns, ['b', new Float64Array(12).fill(3)]]) };
    const result = computeIndex(structure, flat);
    expect([...result.normalised.get('b')!].every(Number.isNaN)).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'indicator left out: it cannot be normalised', count: 1 }),
    ]);
    expect(result.warnings[0]!.example).toMatch(/^b: has zero variance/);
    expect([...result.scores.get(structure.root)!].some(Number.isNaN)).toBe(false);
  });
});
