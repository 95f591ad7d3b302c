import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

interface UnitJson {
  unit: string;
  nominal: number;
  median: number;
  p05: number;
  p95: number;
  probTopK: number;
}
interface UncertaintyJson {
  edition: number;
  type: string;
  n: number;
  runs: number;
  choices: { name: string; kind: string }[];
  sensitivity: { choice: string; si: number; sti: number; siLow: number; stiHigh: number }[] | null;
  units: UnitJson[];
  files: string[];
}

const parse = (stdout: string) => JSON.parse(stdout) as UncertaintyJson;
const withoutFiles = ({ files: _files, ...rest }: UncertaintyJson) => rest;

describe('digitalindex uncertainty on the bundled data', () => {
  let cwd: string;
  let single: UncertaintyJson;
  beforeAll(() => {
    cwd = tempDir();
    const run = runCli(['run', '--json'], cwd);
    expect(run.status, run.stderr).toBe(0);
    const result = runCli(
      ['uncertainty', '--runs', '200', '--seed', '1', '--json', '--workers', '1', '--out', 'one'],
      cwd,
    );
    expect(result.status, result.stderr).toBe(0);
    single = parse(result.stdout);
  });

  it('runs the default analysis: weights ± 25 % and leaving out one indicator, in Saltelli’s design', () => {
    expect(single.type).toBe('sa');
    expect(single.choices.map((c) => c.name)).toEqual(['weights', 'exclude']);
    expect(single.runs).toBe(200 * 4);
    expect(single.units).toHaveLength(53);
    for (const u of single.units) {
      expect(u.p05).toBeLessThanOrEqual(u.median);
      expect(u.median).toBeLessThanOrEqual(u.p95);
      expect(u.probTopK).toBeGreaterThanOrEqual(0);
    }
    expect(single.units[0]!.nominal).toBe(1);
    expect(single.sensitivity!.map((s) => s.choice)).toEqual(['weights', 'exclude']);
    for (const s of single.sensitivity!) expect(s.sti).toBeGreaterThan(0);
  });

  it('writes rank-statistics.csv, sensitivity.csv and parameters.csv', () => {
    const stats = readFileSync(join(cwd, 'one', 'rank-statistics.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(stats[0]).toBe(
      'unit,name,nominal_rank,median_rank,p05,p95,prob_top_k,mean_rank,mean_abs_shift,synthetic',
    );
    expect(stats).toHaveLength(54);
    const sens = readFileSync(join(cwd, 'one', 'sensitivity.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(sens[0]).toBe('choice,Si,Si_low,Si_high,STi,STi_low,STi_high');
    expect(sens.slice(1).map((l) => l.split(',')[0])).toEqual(['weights', 'exclude']);
    const params = readFileSync(join(cwd, 'one', 'parameters.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(params[0]).toBe('run,weights,exclude');
    expect(params).toHaveLength(801);
  });

  it('gives the same result with two worker threads, and another with another seed', () => {
    const two = runCli(
      ['uncertainty', '--runs', '200', '--seed', '1', '--json', '--workers', '2', '--out', 'two'],
      cwd,
    );
    expect(two.status, two.stderr).toBe(0);
    expect(withoutFiles(parse(two.stdout))).toEqual(withoutFiles(single));
    const other = runCli(['uncertainty', '--runs', '200', '--seed', '2', '--json', '--out', 'other'], cwd);
    expect(parse(other.stdout).sensitivity).not.toEqual(single.sensitivity);
  });

  it('replays parameters.csv run for run, and writes every run’s ranks', () => {
    const replay = runCli(
      [
        'uncertainty',
        '--replay',
        join('one', 'parameters.csv'),
        '--type',
        'sa',
        '--seed',
        '1',
        '--json',
        '--out',
        'replay',
      ],
      cwd,
    );
    expect(replay.status, replay.stderr).toBe(0);
    const doc = parse(replay.stdout);
    expect(doc.units).toEqual(single.units);
    expect(doc.sensitivity).toEqual(single.sensitivity);
    const ranks = readFileSync(join(cwd, 'replay', 'run-ranks.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(ranks[0]!.split(',')).toHaveLength(2 + 800);
    expect(ranks).toHaveLength(54);
  });

  it('replays a hand-written file: the nominal weights and no exclusion give the nominal ranks', () => {
    writeFileSync(join(cwd, 'nominal.csv'), 'run,weights,exclude\nnominal,,\n');
    const replay = runCli(['uncertainty', '--replay', 'nominal.csv', '--json', '--out', 'nominal'], cwd);
    expect(replay.status, replay.stderr).toBe(0);
    const doc = parse(replay.stdout);
    expect(doc.type).toBe('ua');
    for (const u of doc.units) expect([u.median, u.p05, u.p95]).toEqual([u.nominal, u.nominal, u.nominal]);
  });

  it('documents the replay format in --help and rejects wrong usage with exit code 2', () => {
    const help = runCli(['uncertainty', '--help'], cwd);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Replay file (CSV');
    expect(help.stdout).toContain('code=weight;code=weight');
    const bad = runCli(['uncertainty', '--exclude', 'nonsense', '--runs', '10'], cwd);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--exclude');
    expect(runCli(['uncertainty', '--runs', 'x'], cwd).status).toBe(2);
  });
});
