import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

interface UnitChangeJson {
  unit: string;
  name: string;
  fromScore: number;
  toScore: number;
  scoreChange: number;
  fromRank: number;
  toRank: number;
  rankChange: number;
  fromInterval: { p05: number; median: number; p95: number };
  meaningful: boolean;
}
interface CompareJson {
  from: number;
  to: number;
  synthetic: boolean;
  runs: number;
  seed: number;
  rule: string;
  units: UnitChangeJson[];
  file: string | null;
}
interface RunJson {
  edition: number;
  municipalities: { ags: string; rank: number; index: number }[];
}

describe('digitalindex compare', () => {
  let cwd: string;
  let doc: CompareJson;
  beforeAll(() => {
    cwd = tempDir();
    expect(runCli(['run'], cwd).status).toBe(0);
    const result = runCli(
      ['compare', '--from', '2024', '--to', '2025', '--json', '--out', 'cmp/changes.csv'],
      cwd,
    );
    expect(result.status, result.stderr).toBe(0);
    doc = JSON.parse(result.stdout) as CompareJson;
  });

  it('lists every municipality with the score and rank of both editions', () => {
    expect(doc).toMatchObject({ from: 2024, to: 2025, synthetic: true, runs: 200, seed: 1 });
    expect(doc.units).toHaveLength(53);
    const latest = JSON.parse(runCli(['run', '--json'], cwd).stdout) as RunJson;
    for (const m of latest.municipalities) {
      const u = doc.units.find((c) => c.unit === m.ags)!;
      expect(u.toRank).toBe(m.rank);
      expect(u.toScore).toBeCloseTo(m.index, 10);
      expect(u.scoreChange).toBeCloseTo(u.toScore - u.fromScore, 12);
      expect(u.rankChange).toBe(u.fromRank - u.toRank);
    }
    expect(doc.units.map((u) => u.toRank)).toEqual([...doc.units.map((u) => u.toRank)].sort((a, b) => a - b));
  });

  it('flags a change as meaningful exactly when the new rank leaves the earlier 5–95 % interval', () => {
    for (const u of doc.units) {
      expect(u.fromInterval.p05).toBeLessThanOrEqual(u.fromInterval.p95);
      expect(u.meaningful).toBe(u.toRank < u.fromInterval.p05 || u.toRank > u.fromInterval.p95);
    }
    expect(doc.units.some((u) => u.meaningful)).toBe(true);
    expect(doc.units.some((u) => !u.meaningful && u.rankChange !== 0)).toBe(true);
    expect(doc.rule).toContain('5–95 %');
  });

  it('takes the intervals from the uncertainty analysis of the earlier edition (same runs and seed)', () => {
    const result = runCli(
      [
        'uncertainty',
        '--edition',
        '2024',
        '--type',
        'ua',
        '--runs',
        '200',
        '--seed',
        '1',
        '--json',
        '--out',
        'ua',
      ],
      cwd,
    );
    expect(result.status, result.stderr).toBe(0);
    const ua = JSON.parse(result.stdout) as {
      units: { unit: string; p05: number; p95: number; median: number }[];
    };
    for (const u of ua.units) {
      expect(doc.units.find((c) => c.unit === u.unit)!.fromInterval).toEqual({
        p05: u.p05,
        median: u.median,
        p95: u.p95,
      });
    }
  });

  it('is reproducible with the same seed and writes the CSV file', () => {
    const again = runCli(['compare', '--from', '2024', '--to', '2025', '--json'], cwd);
    expect((JSON.parse(again.stdout) as CompareJson).units).toEqual(doc.units);
    const lines = readFileSync(join(cwd, 'cmp/changes.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      'unit,name,from_edition,to_edition,from_score,to_score,score_change,from_rank,to_rank,rank_change,' +
        'from_p05,from_median,from_p95,meaningful,synthetic',
    );
    expect(lines).toHaveLength(54);
    const first = doc.units[0]!;
    expect(lines[1]).toMatch(new RegExp(`^${first.unit},${first.name},2024,2025,`));
    expect(lines[1]!.endsWith(`,${first.meaningful ? 1 : 0},1`)).toBe(true);
  });

  it('prints a German table and rejects comparing an edition with itself', () => {
    const text = runCli(['compare', '--from', '2024', '--to', '2025', '--runs', '20'], cwd);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Vergleich der Ausgaben 2024 → 2025');
    expect(text.stdout).toMatch(/\n\s+1\s+05913000\s+Dortmund\s/);
    const same = runCli(['compare', '--from', '2025', '--to', '2025'], cwd);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('--from and --to must name two different editions');
    const missing = runCli(['compare', '--from', '2023', '--to', '2025'], cwd);
    expect(missing.status).toBe(4);
    expect(missing.stderr).toContain('edition 2023 is not in the database');
  });
});
