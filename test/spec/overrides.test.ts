import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../src/engine/structure.js';
import {
  OverrideError,
  applyOverrides,
  parseAggregate,
  parseImpute,
  parseNormalise,
  parseTreat,
} from '../../src/spec/overrides.js';

describe('parsing overrides', () => {
  it('reads every form into a method choice', () => {
    expect(parseTreat('none')).toEqual({ method: 'none', params: {} });
    expect(parseTreat('winsorise')).toEqual({ method: 'winsorise', params: {} });
    expect(parseNormalise('minmax')).toEqual({ method: 'minmax', params: { low: 0, high: 100 } });
    expect(parseNormalise('minmax:1,10')).toEqual({ method: 'minmax', params: { low: 1, high: 10 } });
    expect(parseNormalise('minmax:-0.5,1e2')).toEqual({ method: 'minmax', params: { low: -0.5, high: 100 } });
    expect(parseNormalise('zscore')).toEqual({ method: 'zscore', params: { mean: 0, sd: 1 } });
    expect(parseNormalise('zscore:100,10')).toEqual({ method: 'zscore', params: { mean: 100, sd: 10 } });
    for (const method of ['rank', 'prank', 'dist2max', 'dist2targ', 'fracmax', 'borda', 'goalposts']) {
      expect(parseNormalise(method)).toEqual({ method, params: {} });
    }
    expect(parseNormalise('dist2ref:007')).toEqual({ method: 'dist2ref', params: { unit: '007' } });
    expect(parseNormalise('dist2ref:A:B')).toEqual({ method: 'dist2ref', params: { unit: 'A:B' } });
    for (const method of ['arithmetic', 'geometric', 'harmonic', 'copeland']) {
      expect(parseAggregate(method)).toEqual({ method, params: {} });
    }
    expect(parseAggregate('generalised:2')).toEqual({ method: 'generalised', params: { p: 2 } });
    expect(parseAggregate('generalised:-1.5')).toEqual({ method: 'generalised', params: { p: -1.5 } });
    for (const method of ['none', 'mean', 'median'])
      expect(parseImpute(method)).toEqual({ method, params: {} });
    expect(parseImpute('mean-group:GDP_group')).toEqual({
      method: 'mean-group',
      params: { group: 'GDP_group' },
    });
    expect(parseImpute('median-group:Region')).toEqual({
      method: 'median-group',
      params: { group: 'Region' },
    });
  });

  it('rejects a malformed value with the option, the value and the forms', () => {
    const malformed: [(v: string) => unknown, string, RegExp][] = [
      [parseTreat, 'winsorize', /unknown method "winsorize" \(use none\|winsorise\)/],
      [parseTreat, 'none:1', /none takes no parameter/],
      [parseNormalise, 'minmax:0', /minmax needs two numbers/],
      [parseNormalise, 'minmax:0,1,2', /minmax needs two numbers/],
      [parseNormalise, 'minmax:a,b', /minmax needs two numbers/],
      [parseNormalise, 'minmax:', /minmax needs two numbers/],
      [parseNormalise, 'zscore:0,Infinity', /zscore needs two numbers/],
      [parseNormalise, 'dist2ref', /dist2ref needs a parameter: dist2ref:UNIT/],
      [parseNormalise, 'dist2ref:', /dist2ref needs a parameter/],
      [parseNormalise, 'rank:1', /rank takes no parameter/],
      [parseNormalise, 'MinMax', /unknown method "MinMax"/],
      [parseNormalise, '', /unknown method ""/],
      [parseAggregate, 'generalised', /generalised needs a parameter: generalised:P/],
      [parseAggregate, 'generalised:two', /generalised needs a number/],
      [parseAggregate, 'mean', /unknown method "mean" \(use arithmetic\|geometric/],
      [parseImpute, 'mean-group', /mean-group needs a parameter: mean-group:COLUMN/],
      [parseImpute, 'median-group: ', /median-group needs a parameter/],
      [parseImpute, 'hotdeck', /unknown method "hotdeck"/],
    ];
    for (const [parse, value, problem] of malformed) {
      let error: unknown;
      try {
        parse(value);
      } catch (e) {
        error = e;
      }
      expect(error, value).toBeInstanceOf(OverrideError);
      expect((error as OverrideError).value).toBe(value);
      expect((error as OverrideError).problem).toMatch(problem);
    }
  });

  it('reads back any pair of numbers of minmax and zscore', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const { params } = parseNormalise(`minmax:${a},${b}`);
          expect(params).toEqual({ low: a === 0 ? 0 : a, high: b === 0 ? 0 : b });
        },
      ),
    );
  });
});

const indicator = (code: string, own: Partial<IndicatorNode> = {}): IndicatorNode => ({
  kind: 'indicator',
  code,
  parent: 'top',
  weight: 1,
  direction: 1,
  denominator: null,
  target: null,
  normalise: null,
  treat: null,
  ...own,
});

const structure: IndexStructure = {
  indicators: [
    indicator('a', { normalise: { method: 'goalposts', params: { low: 0, high: 10 } } }),
    indicator('b', { treat: { method: 'winsorise', params: { winmax: 3 } } }),
  ],
  aggregates: [
    {
      kind: 'aggregate',
      code: 'top',
      parent: null,
      weight: 1,
      level: 2,
      children: ['a', 'b'],
      aggregate: { method: 'geometric', params: {} },
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
    aggregateByLevel: { 2: { method: 'harmonic', params: {} } },
    minShareAvailable: 0,
  },
};

describe('applying overrides', () => {
  it('changes nothing without overrides', () => {
    expect(applyOverrides(structure, {})).toEqual(structure);
  });

  it('replaces the pipeline choice and the per-node choices of other methods', () => {
    const out = applyOverrides(structure, {
      normalise: parseNormalise('zscore'),
      aggregate: parseAggregate('generalised:2'),
      impute: parseImpute('mean-group:district'),
      treat: parseTreat('none'),
      denominate: false,
    });
    expect(out.pipeline).toMatchObject({
      normalise: { method: 'zscore', params: { mean: 0, sd: 1 } },
      aggregate: { method: 'generalised', params: { p: 2 } },
      aggregateByLevel: {},
      impute: { method: 'mean-group', params: { group: 'district' } },
      treat: { method: 'none', params: {} },
      denominate: false,
    });
    expect(out.indicators.map((i) => [i.normalise, i.treat])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(out.aggregates[0]!.aggregate).toBeNull();
    expect(structure.pipeline.normalise.method).toBe('minmax');
  });

  it("keeps a node's own parameters when the override names its method (e.g. goalposts)", () => {
    const out = applyOverrides(structure, {
      normalise: parseNormalise('goalposts'),
      treat: parseTreat('winsorise'),
    });
    expect(out.indicators[0]!.normalise).toEqual({ method: 'goalposts', params: { low: 0, high: 10 } });
    expect(out.indicators[1]!.treat).toEqual({ method: 'winsorise', params: { winmax: 3 } });
    expect(out.pipeline.normalise).toEqual({ method: 'goalposts', params: {} });
  });
});
