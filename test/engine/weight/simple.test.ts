import { describe, expect, it } from 'vitest';
import { effectiveWeights, weighters } from '../../../src/engine/weight/index.js';
import type { AggregateNode, IndexStructure, IndicatorNode } from '../../../src/engine/structure.js';
import { structure } from './fixtures.js';

const none = new Map<string, Float64Array>();

describe('explicit and equal weights', () => {
  const s = structure([['i1', 'i2', 'i3'], ['i4'], ['i5', 'i6']], [1, 2, 3]);
  s.indicators[0]!.weight = 5;
  it('explicit takes the weights of the spec', () => {
    const w = weighters.explicit!(s, none, { method: 'explicit', params: {} });
    expect([w.get('i1'), w.get('i2'), w.get('g3')]).toEqual([5, 1, 3]);
  });
  it('equal gives every child of an aggregate 1 / its number of siblings', () => {
    const w = weighters.equal!(s, none, { method: 'equal', params: {} });
    expect(['i1', 'i2', 'i4', 'i5', 'g1', 'g2', 'g3'].map((c) => w.get(c))).toEqual([
      1 / 3,
      1 / 3,
      1,
      0.5,
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
  });
  it('equal only at the chosen aggregate levels', () => {
    const atTop = weighters.equal!(s, none, { method: 'equal', params: { levels: [3] } });
    expect(['i1', 'g2'].map((c) => atTop.get(c))).toEqual([5, 1 / 3]);
    const atGroups = weighters.equal!(s, none, { method: 'equal', params: { levels: '2' } });
    expect(['i1', 'g2'].map((c) => atGroups.get(c))).toEqual([1 / 3, 2]);
    expect(() => weighters.equal!(s, none, { method: 'equal', params: { levels: 'x' } })).toThrow(
      /list of numbers/,
    );
  });
});

describe('effectiveWeights (COINr get_eff_weights)', () => {
  // COINr vignette "Weights", section "Effective weights": with equal weights in the example coin, Goods (one of
  // five indicators of ConEcFin, one of five pillars of Conn, one of two sub-indices) has 0.02 and Renew (one of
  // five indicators of Environ, one of three pillars of Sust) 0.03333333; each level sums to 1.
  const ind = (code: string, parent: string): IndicatorNode => ({
    kind: 'indicator',
    code,
    parent,
    weight: 1,
    direction: 1,
    denominator: null,
    target: null,
    normalise: null,
    treat: null,
  });
  const agg = (code: string, parent: string | null, level: number, children: string[]): AggregateNode => ({
    kind: 'aggregate',
    code,
    parent,
    weight: 1,
    level,
    children,
    aggregate: null,
  });
  const conEcFin = ['Goods', 'Services', 'FDI', 'PRemit', 'ForPort'];
  const environ = ['Renew', 'PrimEner', 'CO2', 'MatCon', 'Forest'];
  const otherPillars = ['Physical', 'Political', 'Instit', 'P2P', 'Social', 'SusEcFin'];
  const s: IndexStructure = {
    indicators: [
      ...conEcFin.map((c) => ind(c, 'ConEcFin')),
      ...environ.map((c) => ind(c, 'Environ')),
      ...otherPillars.map((p) => ind(`${p}1`, p)),
    ],
    aggregates: [
      agg('ConEcFin', 'Conn', 2, conEcFin),
      agg('Environ', 'Sust', 2, environ),
      ...otherPillars.map((p) => agg(p, ['Social', 'SusEcFin'].includes(p) ? 'Sust' : 'Conn', 2, [`${p}1`])),
      agg('Conn', 'Index', 3, ['Physical', 'ConEcFin', 'Political', 'Instit', 'P2P']),
      agg('Sust', 'Index', 3, ['Environ', 'Social', 'SusEcFin']),
      agg('Index', null, 4, ['Conn', 'Sust']),
    ],
    root: 'Index',
    pipeline: structure().pipeline,
  };
  const weights = new Map([...s.indicators, ...s.aggregates].map((n) => [n.code, 1]));
  const eff = effectiveWeights(s, weights);
  it('reproduces the vignette values', () => {
    expect(eff.get('Goods')).toBeCloseTo(0.02, 15);
    expect(eff.get('Renew')).toBeCloseTo(0.03333333, 8);
    expect(eff.get('Index')).toBe(1);
  });
  it('sums to 1 over the indicators and over each level of aggregates', () => {
    const total = (codes: string[]) => codes.reduce((a, c) => a + eff.get(c)!, 0);
    expect(total(s.indicators.map((i) => i.code))).toBeCloseTo(1, 14);
    for (const level of [2, 3])
      expect(total(s.aggregates.filter((a) => a.level === level).map((a) => a.code))).toBeCloseTo(1, 14);
  });
  it('multiplies the normalised weights down the tree', () => {
    const w = new Map(weights).set('Conn', 3).set('Goods', 6);
    // Goods: 6/10 of ConEcFin, 1/5 of Conn, 3/4 of the index
    expect(effectiveWeights(s, w).get('Goods')).toBeCloseTo(0.6 * 0.2 * 0.75, 15);
  });
});
