// Leaders, laggards and units with none, on four towns worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyseLeaders } from '../../src/analysis/leaders.js';
import { tinyEdition } from './fixture.js';

// Min-max 0–100 per indicator, equal weights:
//   x1 = 0, 50, 100, 100 → 0, 50, 100, 100        x2 = 10, 20, 30, 40 → 0, 33.3, 66.7, 100
//   y  = 5, 0, 10, 0     → 50, 0, 100, 0
//   a = mean(x1, x2) = 0, 41.67, 83.33, 100;  b = y;  index = mean(a, b) = 25, 20.83, 91.67, 50
export const TOWNS = tinyEdition(
  ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Town ${code}` })),
  { x1: [0, 50, 100, 100], x2: [10, 20, 30, 40], y: [5, 0, 10, 0] },
);

describe('leaders and laggards', () => {
  const l = analyseLeaders(TOWNS, { top: 2 });

  it('finds the front-runners above the mean index and the gap below them', () => {
    expect(l.mean).toBeCloseTo(187.5 / 4, 12);
    expect(l.frontRunners.map((u) => u.code)).toEqual(['C', 'D']);
    expect(l.gap).toBeCloseTo(50 - 25, 12);
    expect(l.ranking.map((u) => [u.code, u.rank])).toEqual([
      ['C', 1],
      ['D', 2],
      ['A', 3],
      ['B', 4],
    ]);
  });

  it('gives leaders and laggards per sub-index and indicator', () => {
    const a = l.subIndices.find((n) => n.node === 'a')!;
    expect(a.leaders.map((u) => u.code)).toEqual(['D', 'C']);
    expect(a.laggards.map((u) => u.code)).toEqual(['A', 'B']);
    const x2 = l.indicators.find((n) => n.node === 'x2')!;
    expect(x2.leaders.map((u) => [u.code, u.value])).toEqual([
      ['D', 40],
      ['C', 30],
    ]);
    expect(x2.mean).toBe(25);
    expect(x2.median).toBe(25);
  });

  it('lists units with none of something', () => {
    const y = l.noneOf.find((z) => z.indicator === 'y')!;
    expect(y.units.map((u) => u.code)).toEqual(['B', 'D']);
    expect(y.share).toBe(0.5);
    expect(l.noneOf.find((z) => z.indicator === 'x1')!.units.map((u) => u.code)).toEqual(['A']);
  });

  it('never publishes a confidential value', () => {
    const secret = tinyEdition(
      ['A', 'B', 'C', 'D'].map((code) => ({ code })),
      { x1: [0, 50, 100, 100], x2: [10, 20, 30, 40], y: [5, 0, 10, 0] },
      { confidential: ['D\tx2', 'B\ty'] },
    );
    const s = analyseLeaders(secret, { top: 2 });
    const x2 = s.indicators.find((n) => n.node === 'x2')!;
    expect(x2.leaders[0]).toMatchObject({ code: 'D', value: null });
    // B's zero of y is confidential: it is not listed among the units with none.
    expect(s.noneOf.find((z) => z.indicator === 'y')!.units.map((u) => u.code)).toEqual(['D']);
  });
});
