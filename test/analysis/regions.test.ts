// The region comparison and the movers between editions, on hand-made cases.
import { describe, expect, it } from 'vitest';
import { analyseMovers } from '../../src/analysis/movers.js';
import { analyseRegions } from '../../src/analysis/regions.js';
import type { Comparison } from '../../src/workflow/compareEditions.js';
import { TOWNS } from './leaders.test.js';

describe('regions', () => {
  it('places the focus region on every node with the leader and the median', () => {
    const r = analyseRegions(TOWNS, 'A');
    expect(r.index).toMatchObject({ rank: 3, of: 4, leader: { code: 'C' } });
    expect(r.index.score).toBeCloseTo(25, 12);
    const y = r.indicators.find((s) => s.node === 'y')!;
    expect(y).toMatchObject({ value: 5, rank: 2, median: 2.5, leader: { code: 'C', value: 10 } });
    // Strengths: ranks 1–3 of 4; weaknesses: ranks 2–4 (the last three).
    expect(r.strengths.map((s) => s.node)).toContain('y');
    expect(r.weaknesses[0]).toMatchObject({ node: 'a', rank: 4 });
    expect(() => analyseRegions(TOWNS, 'Z')).toThrow(/unknown region/);
  });
});

describe('movers', () => {
  it('sorts moves up and down and keeps the meaningful flag', () => {
    const change = (unit: string, from: number, to: number, meaningful: boolean | null) => ({
      unit,
      name: unit,
      fromScore: 0,
      toScore: 0,
      scoreChange: 0,
      fromRank: from,
      toRank: to,
      rankChange: from - to,
      fromInterval: { p05: from - 1, median: from, p95: from + 1 },
      meaningful,
    });
    const comparison: Comparison = {
      from: 2024,
      to: 2025,
      unitSet: 'towns',
      synthetic: true,
      root: 'index',
      runs: 10,
      seed: 1,
      rule: 'rule',
      failedRuns: 0,
      units: [
        change('A', 5, 1, true),
        change('B', 1, 2, false),
        change('C', 2, 3, false),
        change('D', 3, 5, true),
        change('E', 4, 4, false),
      ],
    };
    const m = analyseMovers(comparison, 2);
    expect(m.up.map((u) => u.unit)).toEqual(['A']);
    expect(m.down.map((u) => [u.unit, u.meaningful])).toEqual([
      ['D', true],
      ['B', false],
    ]);
    expect([m.moved, m.meaningful, m.units]).toEqual([4, 2, 5]);
  });
});
