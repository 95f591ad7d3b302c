import { describe, expect, it } from 'vitest';
import { auditIndex } from '../../../src/engine/audit/auditIndex.js';
import { auditTables } from '../../../src/engine/audit/tables.js';
import { computeIndex } from '../../../src/engine/pipeline.js';
import { pearson } from '../../../src/engine/stats/correlation.js';
import { cronbachAlpha } from '../../../src/engine/stats/cronbach.js';
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../../src/engine/structure.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

function indicator(code: string, parent: string): IndicatorNode {
  const node = { kind: 'indicator', code, parent, weight: 1, direction: 1, denominator: null, target: null };
  return { ...node, normalise: null, treat: null } as IndicatorNode;
}

// index <- { A <- {a1, a2, a3}, B <- {b1, b2} }
const structure: IndexStructure = {
  indicators: [
    indicator('a1', 'A'),
    indicator('a2', 'A'),
    indicator('a3', 'A'),
    indicator('b1', 'B'),
    indicator('b2', 'B'),
  ],
  aggregates: [
    {
      kind: 'aggregate',
      code: 'A',
      parent: 'index',
      weight: 1,
      level: 2,
      children: ['a1', 'a2', 'a3'],
      aggregate: null,
    },
    {
      kind: 'aggregate',
      code: 'B',
      parent: 'index',
      weight: 1,
      level: 2,
      children: ['b1', 'b2'],
      aggregate: null,
    },
    {
      kind: 'aggregate',
      code: 'index',
      parent: null,
      weight: 1,
      level: 3,
      children: ['A', 'B'],
      aggregate: null,
    },
  ],
  root: 'index',
  pipeline: {
    screen: NO_METHOD,
    denominate: false,
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
  units: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'],
  columns: new Map([
    ['a1', f64(1, 2, 3, 4, 5, 6)],
    ['a2', f64(2, 4, 6, 8, 10, 13)],
    ['a3', f64(6, 5, 4, 3, 2, 1)],
    ['b1', f64(3, 1, 4, 1, 5, NaN)],
    ['b2', f64(0, 0, 2, 7, 1, 8)],
  ]),
};
const result = computeIndex(structure, data);
const report = auditIndex(structure, result);

describe('auditIndex: descriptive statistics (get_stats)', () => {
  const stat = (dataset: string, code: string) =>
    report.statistics.find((s) => s.dataset === dataset && s.code === code)!;
  it('describes raw indicators and all scores', () => {
    expect(report.units).toBe(6);
    expect(report.statistics.filter((s) => s.dataset === 'denominated').map((s) => s.code)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
    ]);
    expect(report.statistics.filter((s) => s.dataset === 'scores').map((s) => s.code)).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'b2',
      'A',
      'B',
      'index',
    ]);
    expect(stat('scores', 'index').level).toBe(3);
  });
  it('counts coverage, zeros, unique and tied values as get_stats does', () => {
    const b1 = stat('denominated', 'b1');
    expect(b1).toMatchObject({
      min: 1,
      max: 5,
      mean: 14 / 5,
      median: 3,
      nAvail: 5,
      nNonZero: 5,
      nUnique: 4,
      nSame: 2,
    });
    expect(b1.frcAvail).toBeCloseTo(5 / 6, 15);
    expect(b1.frcUnique).toBeCloseTo(4 / 5, 15);
    expect(b1.frcSame).toBeCloseTo(2 / 5, 15);
    expect(b1.sd).toBeCloseTo(Math.sqrt(12.8 / 4), 14); // deviations 0.2 -1.8 1.2 -1.8 2.2
    const b2 = stat('denominated', 'b2');
    expect(b2).toMatchObject({
      nNonZero: 4,
      nUnique: 5,
      nSame: 2,
      flagNonZero: 'ok',
      flagAvail: 'ok',
      flagSkewKurt: 'ok',
    });
    expect(b2.frcNonZero).toBeCloseTo(4 / 6, 15);
  });
  it('flags low availability, many zeros and skewed heavy tails with the get_stats thresholds', () => {
    const sparse = auditIndex(
      structure,
      computeIndex(structure, {
        units: data.units,
        columns: new Map([...data.columns, ['b2', f64(0, 0, 0, 0, NaN, 100)]]),
      }),
    );
    const b2 = sparse.statistics.find((s) => s.dataset === 'denominated' && s.code === 'b2')!;
    expect(b2).toMatchObject({
      nAvail: 5,
      nNonZero: 1,
      flagAvail: 'ok',
      flagNonZero: 'LOW',
      flagUnique: 'LOW',
    });
    // skew of (0,0,0,0,100) = sqrt 5 > 2, kurtosis 5 > 3.5
    expect(b2.skew).toBeCloseTo(Math.sqrt(5), 12);
    expect(b2.kurt).toBeCloseTo(5, 12);
    expect(b2.flagSkewKurt).toBe('OUT');
  });
});

describe('auditIndex: correlations (get_corr, pairwise complete)', () => {
  const matrix = (scope: string, method: string) =>
    report.correlations.matrices.find((m) => m.scope === scope && m.method === method)!;
  it('correlates the children of every aggregate and all indicators, Pearson and Spearman', () => {
    expect(report.correlations.matrices.map((m) => `${m.scope}/${m.method}`)).toEqual([
      'A/pearson',
      'A/spearman',
      'B/pearson',
      'B/spearman',
      'index/pearson',
      'index/spearman',
      'indicators/pearson',
      'indicators/spearman',
    ]);
    const a = matrix('A', 'pearson');
    expect(a.codes).toEqual(['a1', 'a2', 'a3']);
    // a1 = 1..6, a2 = 2 4 6 8 10 13: Sxy = 188 - 21 * 43 / 6 = 37.5, Sxx = 17.5, Syy = 389 - 43^2 / 6 = 485/6
    expect(a.r[0]![1]).toBeCloseTo(37.5 / Math.sqrt((17.5 * 485) / 6), 14);
    expect(a.r[0]![2]).toBeCloseTo(-1, 14);
    expect(matrix('A', 'spearman').r[0]![1]).toBeCloseTo(1, 15);
    for (const m of report.correlations.matrices) {
      m.codes.forEach((_, i) => {
        expect(m.r[i]![i]).toBeCloseTo(1, 14);
        expect(m.p[i]![i]).toBe(0);
        m.codes.forEach((__, j) => expect(m.r[i]![j]).toBe(m.r[j]![i]));
      });
    }
  });
  it('uses the complete pairs only', () => {
    const b = matrix('B', 'pearson');
    expect(b.n[0]![1]).toBe(5);
    expect(b.n[1]![1]).toBe(6);
    expect(b.r[0]![1]).toBeCloseTo(pearson(f64(3, 1, 4, 1, 5), f64(0, 0, 2, 7, 1)), 14);
  });
  it('correlates each indicator and aggregate with each ancestor (withparent = "family")', () => {
    const family = report.correlations.family;
    expect(family).toHaveLength((5 * 2 + 2) * 2);
    const a1A = family.find((f) => f.code === 'a1' && f.ancestor === 'A' && f.method === 'pearson')!;
    expect(a1A).toMatchObject({ level: 1, ancestorLevel: 2, n: 6 });
    expect(a1A.r).toBeCloseTo(pearson(result.scores.get('a1')!, result.scores.get('A')!), 15);
    expect(family.filter((f) => f.code === 'A').map((f) => f.ancestor)).toEqual(['index', 'index']);
    for (const f of family) expect(f.significant).toBe(f.p <= 0.05);
  });
});

describe('auditIndex: flags (get_corr_flags)', () => {
  it('flags collinear pairs above 0.9 and negative pairs below -0.4 inside each aggregate, each pair once', () => {
    const flags = report.flags.filter((f) => f.group === 'A').map((f) => `${f.type}:${f.a}-${f.b}`);
    expect(flags).toEqual(['collinear:a1-a2', 'negative:a1-a3', 'negative:a2-a3']);
    expect(report.flags.every((f) => f.method === 'pearson')).toBe(true);
  });
  it('takes its thresholds from the options', () => {
    const strict = auditIndex(structure, result, { collinearity: 0.999, negative: -1 });
    expect(strict.flags.filter((f) => f.group === 'A')).toEqual([]);
  });
});

describe('auditIndex: Cronbach alpha and PCA per aggregate', () => {
  it('computes alpha over the children, and over all indicators for aggregates above level 2', () => {
    expect(report.cronbach.map((c) => `${c.group}/${c.items}`)).toEqual([
      'A/children',
      'B/children',
      'index/children',
      'index/indicators',
    ]);
    const a = report.cronbach[0]!;
    expect(a.alpha).toBeCloseTo(cronbachAlpha(['a1', 'a2', 'a3'].map((c) => result.scores.get(c)!)), 15);
    expect(report.cronbach[1]!.nComplete).toBe(5);
    expect(report.cronbach[3]!.codes).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    for (const c of report.cronbach) expect(c.alpha).toBeLessThanOrEqual(1);
  });
  it('runs a PCA per group on complete cases; variance shares add up to 1', () => {
    const b = report.pca.find((p) => p.group === 'B' && p.items === 'children')!;
    expect(b.nComplete).toBe(5);
    expect(b.error).toBeNull();
    // two variables: eigenvalues 1 +- r of the complete cases
    const r = pearson(f64(3, 1, 4, 1, 5), f64(0, 0, 2, 7, 1));
    expect(b.eigenvalues[0]).toBeCloseTo(1 + Math.abs(r), 14);
    for (const p of report.pca) expect(p.varianceExplained.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
  });
  it('reports why a group has no PCA instead of failing the audit', () => {
    // b2 is constant on the rows where b1 is present too
    const flat = computeIndex(structure, {
      units: data.units,
      columns: new Map([...data.columns, ['b2', f64(1, 1, 1, 1, 1, 5)]]),
    });
    const b = auditIndex(structure, flat).pca.find((p) => p.group === 'B' && p.items === 'children')!;
    expect(b.error).toMatch(/constant/);
    expect(b.eigenvalues).toEqual([]);
  });
});

describe('auditTables', () => {
  it('flattens the report into the five CSV tables', () => {
    const tables = auditTables(report);
    expect(tables.map((t) => t.name)).toEqual(['statistics', 'correlations', 'flags', 'cronbach', 'pca']);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    const stats = tables[0]!;
    expect(stats.rows).toHaveLength(13);
    const correlations = tables[1]!;
    // pairs: A 3, B 1, index 1, indicators 10 per method, plus 24 family rows
    expect(correlations.rows).toHaveLength((3 + 1 + 1 + 10) * 2 + 24);
    const pcaRows = tables[4]!.rows.filter((row) => row[0] === 'A');
    expect(pcaRows).toHaveLength(9); // 3 components x 3 variables
  });
});
