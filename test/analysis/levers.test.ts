// Levers, catching up and what-if scenarios, recomputed with the real pipeline and checked by hand.
import { describe, expect, it } from 'vitest';
import { analyseLevers } from '../../src/analysis/levers/levers.js';
import { analyseNeed } from '../../src/analysis/levers/need.js';
import { applyScenario, parseScenario } from '../../src/analysis/levers/scenario.js';
import { IngestError } from '../../src/ingest/errors.js';
import { tinyEdition } from './fixture.js';
import { TOWNS } from './leaders.test.js';

describe('levers', () => {
  const levers = analyseLevers(TOWNS, { goals: ['median', 'best', 'target'], targets: { x2: 40 } });
  const a = levers.units.find((u) => u.code === 'A')!;
  const lever = (indicator: string, goal: string) =>
    a.levers.find((l) => l.indicator === indicator && l.goal === goal)!;

  it('recomputes the index when one indicator reaches the median', () => {
    // Medians: x1 75, x2 25, y 2.5. A's x1 0 → 75: x1 = 75, 50, 100, 100 renormalises to 50, 0, 100, 100,
    // so A's a = (50 + 0)/2 = 25 and its index (25 + 50)/2 = 37.5: +12.5, still 3rd (D has 50).
    expect(levers.references.find((r) => r.indicator === 'x1')).toMatchObject({ median: 75, best: 100 });
    expect(lever('x1', 'median')).toMatchObject({ from: 0, to: 75, rank: 3, rankGain: 0 });
    expect(lever('x1', 'median').indexGain).toBeCloseTo(12.5, 12);
    // x2 10 → 25: x2 = 25, 20, 30, 40 → 25, 0, 50, 100; a = 12.5; index 31.25: +6.25.
    expect(lever('x2', 'median').indexGain).toBeCloseTo(6.25, 12);
    // y is 5, above its median 2.5: no gain.
    expect(lever('y', 'median')).toMatchObject({ indexGain: 0, to: 5 });
    expect(a.biggest?.indicator).toBe('x1');
  });

  it('evaluates the best value and a user target', () => {
    // x1 → 100: x1n = 100, 50, 100, 100; a = (100 + 0)/2 = 50; index 50, tied with D for 2nd.
    expect(lever('x1', 'best')).toMatchObject({ to: 100, rank: 2, rankGain: 1 });
    expect(lever('x1', 'best').indexGain).toBeCloseTo(25, 12);
    // x2 → 40 (target): x2n = 100, 0, 33.3, 100; a = (0 + 100)/2 = 50; index 50.
    expect(lever('x2', 'target').indexGain).toBeCloseTo(25, 12);
  });

  it('ranks units by what catching up to the median of a sub-index would bring', () => {
    // Sub-index b has y only (median 2.5). B: y 0 → 2.5 gives y = 5, 2.5, 10, 0 → B 25; index (41.67 + 25)/2 =
    // 33.33: +12.5 and from 4th to 3rd. D: 0 → 2.5 also +12.5 but stays 2nd. A and C are above the median.
    const need = analyseNeed(TOWNS, 'b');
    expect(need.byGain.map((g) => g.code)).toEqual(['B', 'D', 'A', 'C']);
    expect(need.byGain[0]).toMatchObject({ rank: 4, rankAfter: 3, rankGain: 1, raised: ['y'] });
    expect(need.byGain[0]!.indexGain).toBeCloseTo(12.5, 12);
    expect(need.byGain[2]!.indexGain).toBe(0);
    expect(need.best.map((u) => u.code)).toEqual(['C', 'A', 'B', 'D']);
  });
});

describe('levers over confidential values', () => {
  // C's x1 (100, the best) and A's y (5, above the median) are confidential: neither may show up as a number.
  const secret = tinyEdition(
    ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Town ${code}` })),
    { x1: [0, 50, 100, 90], x2: [10, 20, 30, 40], y: [5, 0, 10, 0] },
    { confidential: ['C\tx1', 'A\ty'] },
  );
  const levers = analyseLevers(secret, { goals: ['median', 'best'] });
  const of = (code: string, indicator: string, goal: string) =>
    levers.units
      .find((u) => u.code === code)!
      .levers.find((l) => l.indicator === indicator && l.goal === goal)!;

  it('hides a best value that is a confidential number, but still computes the lever', () => {
    expect(levers.references.find((r) => r.indicator === 'x1')).toMatchObject({ median: 70, best: null });
    expect(of('A', 'x1', 'best')).toMatchObject({ from: 0, to: null, rankGain: 1 });
    expect(of('A', 'x1', 'best').indexGain).toBeGreaterThan(0);
  });

  it('hides the value a unit keeps when it already reaches the goal', () => {
    expect(of('A', 'y', 'median')).toMatchObject({ from: null, to: null, indexGain: 0 });
    expect(JSON.stringify(levers)).not.toMatch(/"(from|to|best|median)":100\b/);
  });
});

describe('levers over a confidential denominator', () => {
  // y is counted per 1,000 of pop: [5, 0, 10, 0] over [1,000, 2,000, 4,000, 1,000] gives 5, 0, 2.5, 0 per 1,000.
  // A's pop is confidential: A's y per 1,000 (5, the best) together with its count would give it back.
  const secret = tinyEdition(
    ['A', 'B', 'C', 'D'].map((code) => ({ code, name: `Town ${code}` })),
    { x1: [0, 50, 100, 90], x2: [10, 20, 30, 40], y: [5, 0, 10, 0], pop: [1000, 2000, 4000, 1000] },
    { confidential: ['A\tpop'] },
  );
  const levers = analyseLevers(secret, { goals: ['median', 'best'] });
  const of = (code: string, indicator: string, goal: string) =>
    levers.units
      .find((u) => u.code === code)!
      .levers.find((l) => l.indicator === indicator && l.goal === goal)!;

  it('hides the value of the indicator whose denominator is confidential, and only that one', () => {
    expect(of('A', 'y', 'median')).toMatchObject({ from: null, to: null });
    expect(of('A', 'x1', 'median')).toMatchObject({ from: 0, to: 70 });
    expect(of('C', 'y', 'best')).toMatchObject({ from: 2.5, to: null });
  });

  it("hides a best value that belongs to that unit; the median, no unit's own value, stays", () => {
    expect(levers.references.find((r) => r.indicator === 'y')).toMatchObject({ median: 1.25, best: null });
    expect(JSON.stringify(levers)).not.toMatch(/"(from|to|best|median)":5\b/);
  });
});

describe('what-if scenarios', () => {
  it('reads YAML and CSV and recomputes every rank', () => {
    const yaml = parseScenario(
      'title: B catches up\nchanges:\n  - unit: Town B\n    indicator: y\n    value: 10\n',
      's.yaml',
    );
    const csv = parseScenario('unit,indicator,value\nB,y,"10,0"\n', 's.csv');
    expect(csv.changes).toEqual([{ unit: 'B', indicator: 'y', value: 10, line: 2 }]);
    for (const scenario of [yaml, csv]) {
      // y = 5, 10, 10, 0 → 50, 100, 100, 0: B's index (41.67 + 100)/2 = 70.83: from 4th to 2nd; D and A drop one.
      const r = applyScenario(TOWNS, scenario);
      expect(r.applied).toEqual([{ code: 'B', name: 'Town B', indicator: 'y', from: 0, to: 10 }]);
      expect(r.changed.map((u) => [u.code, u.rankBefore, u.rankAfter, u.rankChange])).toEqual([
        ['B', 4, 2, 2],
        ['D', 2, 3, -1],
        ['A', 3, 4, -1],
      ]);
      expect(r.units.find((u) => u.code === 'B')!.scoreAfter).toBeCloseTo((125 / 3 + 100) / 2, 10);
    }
    expect(
      applyScenario(TOWNS, parseScenario('changes:\n  - {unit: A, indicator: x2, by: 30}\n', 'b.yaml'))
        .applied[0]!.to,
    ).toBe(40);
  });

  it('names file, line and field of a bad change', () => {
    const bad =
      'changes:\n  - unit: A\n    indicator: y\n    value: 1\n  - unit: Nowhere\n    indicator: y\n    value: 2\n';
    expect(() => applyScenario(TOWNS, parseScenario(bad, 'bad.yaml'))).toThrow(
      /bad\.yaml:5: field "unit": unknown unit "Nowhere"/,
    );
    expect(() => parseScenario('changes:\n  - unit: A\n    indicator: y\n', 'x.yaml')).toThrow(IngestError);
    expect(() =>
      parseScenario('changes:\n  - unit: A\n    indicator: y\n    value: lots\n', 'x.yaml'),
    ).toThrow(/x\.yaml:2: field "value": "lots" is not a number/);
    expect(() => parseScenario('unit,indicator,value\nA,zz,1\n', 'c.csv')).not.toThrow();
    expect(() => applyScenario(TOWNS, parseScenario('unit,indicator,value\nA,zz,1\n', 'c.csv'))).toThrow(
      /c\.csv:2: field "indicator": unknown indicator "zz"/,
    );
  });
});
