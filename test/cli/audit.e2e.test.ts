import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

interface Matrix {
  scope: string;
  method: string;
  codes: string[];
  r: number[][];
  n: number[][];
  p: number[][];
}
interface AuditJson {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  units: number;
  statistics: { dataset: string; code: string; nAvail: number; frcAvail: number; mean: number }[];
  correlations: {
    matrices: Matrix[];
    family: { code: string; ancestor: string; method: string; r: number; n: number }[];
  };
  flags: { type: string; r: number }[];
  cronbach: { group: string; items: string; alpha: number; nComplete: number }[];
  pca: { group: string; eigenvalues: number[]; varianceExplained: number[]; loadings: number[][] }[];
}
interface RunJson {
  municipalities: { index: number; subIndices: Record<string, number> }[];
}

const INDICATORS = 12;
const SUB_INDICES = ['research', 'employment', 'companies', 'infrastructure'];

function pearson(x: number[], y: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i]! - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('digitalindex audit on the bundled data', () => {
  let cwd: string;
  let doc: AuditJson;
  let run: RunJson;
  beforeAll(() => {
    cwd = tempDir();
    const ran = runCli(['run', '--json'], cwd);
    expect(ran.status).toBe(0);
    run = JSON.parse(ran.stdout) as RunJson;
    const result = runCli(['audit', '--json'], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    doc = JSON.parse(result.stdout) as AuditJson;
  });

  it('audits the latest edition of the municipalities, labelled synthetic', () => {
    expect(doc).toMatchObject({ edition: 2025, unitSet: 'municipalities', synthetic: true, units: 53 });
  });

  it('describes every indicator with full coverage of the 53 municipalities', () => {
    const raw = doc.statistics.filter((s) => s.dataset === 'denominated');
    expect(raw).toHaveLength(INDICATORS);
    for (const s of raw) expect(s).toMatchObject({ nAvail: 53, frcAvail: 1 });
    const scores = doc.statistics.filter((s) => s.dataset === 'scores');
    expect(scores).toHaveLength(INDICATORS + SUB_INDICES.length + 1);
    const index = scores.find((s) => s.code === 'index')!;
    const mean = run.municipalities.reduce((sum, u) => sum + u.index, 0) / 53;
    expect(index.mean).toBeCloseTo(mean, 9);
  });

  it('gives symmetric correlation matrices with 1 on the diagonal and |r| <= 1', () => {
    expect(doc.correlations.matrices.map((m) => `${m.scope}/${m.method}`)).toContain('index/spearman');
    for (const m of doc.correlations.matrices) {
      m.codes.forEach((_, i) => {
        expect(m.r[i]![i]).toBeCloseTo(1, 12);
        m.codes.forEach((__, j) => {
          expect(m.r[i]![j]).toBe(m.r[j]![i]);
          expect(Math.abs(m.r[i]![j]!)).toBeLessThanOrEqual(1);
          expect(m.n[i]![j]).toBe(53);
          expect(m.p[i]![j]).toBeGreaterThanOrEqual(0);
          expect(m.p[i]![j]).toBeLessThanOrEqual(1);
        });
      });
    }
    expect(doc.correlations.matrices.find((m) => m.scope === 'indicators')!.codes).toHaveLength(INDICATORS);
  });

  it('correlates each sub-index with the index as the published ranking implies', () => {
    for (const sub of SUB_INDICES) {
      const f = doc.correlations.family.find(
        (x) => x.code === sub && x.ancestor === 'index' && x.method === 'pearson',
      )!;
      const expected = pearson(
        run.municipalities.map((u) => u.subIndices[sub]!),
        run.municipalities.map((u) => u.index),
      );
      expect(f.r).toBeCloseTo(expected, 9);
      expect(f.n).toBe(53);
    }
  });

  it("gives Cronbach's alpha of at most 1 and PCA variance shares that add up to 1", () => {
    expect(doc.cronbach.map((c) => c.group)).toEqual([...SUB_INDICES, 'index', 'index']);
    for (const c of doc.cronbach) {
      expect(c.alpha).toBeLessThanOrEqual(1);
      expect(c.nComplete).toBe(53);
    }
    for (const p of doc.pca) {
      expect(p.varianceExplained.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(p.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(p.loadings[0]!.length, 9);
      for (const loading of p.loadings) expect(loading.reduce((a, b) => a + b, 0)).toBeGreaterThan(-1e-12);
    }
  });

  it('writes audit.json and the five CSV tables into out/audit/<edition>', () => {
    const dir = join(cwd, 'out/audit/2025');
    expect(JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8'))).toEqual(doc);
    for (const name of ['statistics', 'correlations', 'flags', 'cronbach', 'pca']) {
      expect(existsSync(join(dir, `${name}.csv`))).toBe(true);
    }
    const stats = readFileSync(join(dir, 'statistics.csv'), 'utf8').trim().split('\n');
    expect(stats[0]).toMatch(
      /^edition,unit_set,synthetic,dataset,code,level,min,max,mean,median,sd,skew,kurt,n_avail/,
    );
    expect(stats).toHaveLength(1 + INDICATORS + INDICATORS + SUB_INDICES.length + 1);
    expect(stats[1]).toMatch(/^2025,municipalities,1,denominated,/);
    const flags = readFileSync(join(dir, 'flags.csv'), 'utf8').trim().split('\n');
    expect(flags).toHaveLength(1 + doc.flags.length);
  });

  it('prints a German summary with the synthetic-data notice', () => {
    const result = runCli(['audit'], cwd);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('synthetische Demodaten');
    expect(result.stdout).toContain('Cronbachs Alpha');
    expect(result.stdout).toMatch(/research_institutions\s+53\s+100 %/);
  });

  it('audits another edition and unit set into --out', () => {
    const result = runCli(
      ['audit', '--json', '--edition', '2024', '--unit-set', 'regions', '--out', 'elsewhere'],
      cwd,
    );
    expect(result.status).toBe(0);
    const regions = JSON.parse(result.stdout) as AuditJson;
    expect(regions).toMatchObject({ edition: 2024, unitSet: 'regions', units: 12 });
    expect(existsSync(join(cwd, 'elsewhere/audit.json'))).toBe(true);
  });

  it('stops with exit code 3 on an unknown edition or unit set', () => {
    const edition = runCli(['audit', '--edition', '1999'], cwd);
    expect(edition.status).toBe(3);
    expect(edition.stderr).toMatch(/edition 1999 is not in the database \(known: 2024, 2025\)/);
    const unitSet = runCli(['audit', '--unit-set', 'counties'], cwd);
    expect(unitSet.status).toBe(3);
    expect(unitSet.stderr).toMatch(/unknown unit set "counties"/);
  });
});

describe('digitalindex audit without data', () => {
  it('tells the user to run `digitalindex run` first (exit code 3) and creates no database', () => {
    const cwd = tempDir();
    const result = runCli(['audit'], cwd);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/run `digitalindex run` first/);
    expect(existsSync(join(cwd, 'digitalindex.db'))).toBe(false);
  });
});
