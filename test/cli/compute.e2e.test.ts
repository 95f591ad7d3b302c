// `digitalindex import coinr` then `digitalindex compute DIR`, as separate processes of the built CLI.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliIn, tempDir } from './helpers.js';

const FIXTURE = resolve('test/fixtures-coinr');
const UNITS = ['007', 'AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG'];
const INDICATORS = ['LPI', 'Flights', 'CO2', 'FemLab', 'Renew', 'Lang.x'];

/** The fixture's 2021 values, in UNITS order (NaN = NA). */
const RAW: Record<string, number[]> = {
  LPI: [1, 2, 3, 4, 5, 2.5, 1.5, 4.5],
  Flights: [10, 20, 40, 5, 30, 80, 15, 25],
  CO2: [5, 4, 3, 6, 2, 1, 7, 3.5],
  FemLab: [0.5, 0.7, 0.6, 0.9, 0.3, 0.8, 0.4, 0.30000000000000004],
  Renew: [20, NaN, 50, 80, 40, 60, 30, 70],
  'Lang.x': [3, 1, 2, 5, 4, 2, 1, 3],
};

/** COINr's n_minmax onto 0..100: (x - min) / (max - min) * 100, on x times the direction. */
function minmax(xs: number[], direction = 1): number[] {
  const d = xs.map((x) => x * direction);
  const present = d.filter((x) => !Number.isNaN(x));
  const [lo, hi] = [Math.min(...present), Math.max(...present)];
  return d.map((x) => ((x - lo) / (hi - lo)) * 100);
}

/** COINr's a_amean: weights of present values scaled to sum 1, then sum(w * x). */
function amean(values: number[], weights: number[]): number {
  const keep = values.map((x) => !Number.isNaN(x));
  const total = weights.filter((_, i) => keep[i]).reduce((a, b) => a + b, 0);
  return values.reduce((s, x, i) => (keep[i] ? s + (weights[i]! / total) * x : s), 0);
}

/** The CLI with a cache of validated specs of its own (see src/ingest/project/specCache.ts). */
function runCli(args: string[], cwd: string) {
  return runCliIn(args, cwd, { DIGITALINDEX_CACHE: join(cwd, '.cache') });
}

function readCsv(file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split(','));
  return { header: header!, rows };
}

describe('import coinr, then compute DIR', () => {
  let cwd: string;
  let project: string;
  let out: string;
  beforeAll(() => {
    cwd = tempDir();
    project = join(cwd, 'fixture');
    out = join(cwd, 'out');
    const imported = runCli(
      [
        'import',
        'coinr',
        '--data',
        `${FIXTURE}/iData.csv`,
        '--meta',
        `${FIXTURE}/iMeta.csv`,
        '--out',
        project,
      ],
      cwd,
    );
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const computed = runCli(['compute', project, '--out', out, '--treat', 'none'], cwd);
    expect(computed.stderr).toBe('');
    expect(computed.status).toBe(0);
    expect(computed.stdout).toMatch(/computed 8 units, 6 indicators, 3 aggregates \(edition 2021\)/);
  });

  it('prints a JSON summary of the import', () => {
    const dir = join(cwd, 'json');
    const result = runCli(
      [
        'import',
        'coinr',
        '--data',
        `${FIXTURE}/iData.csv`,
        '--meta',
        `${FIXTURE}/iMeta.csv`,
        '--out',
        dir,
        '--json',
      ],
      cwd,
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      units: 8,
      times: [2020, 2021],
      indicators: 6,
      aggregates: 3,
      groups: ['Size_group'],
      dropped: ['Notes'],
    });
  });

  it('writes a project directory with index.yaml, data.csv and README.md', () => {
    for (const file of ['index.yaml', 'data.csv', 'README.md'])
      expect(existsSync(join(project, file))).toBe(true);
    expect(readFileSync(join(project, 'README.md'), 'utf8')).toMatch(
      /imported by `digitalindex import coinr` from .*iData\.csv/,
    );
  });

  it('writes four tables: uCode, then the codes in spec order (aggregates by level), rows sorted by code', () => {
    for (const name of ['treated', 'normalised']) {
      const { header, rows } = readCsv(join(out, `${name}.csv`));
      expect(header).toEqual(['uCode', ...INDICATORS]);
      expect(rows.map((r) => r[0])).toEqual(UNITS);
    }
    for (const name of ['aggregated', 'ranks']) {
      const { header, rows } = readCsv(join(out, `${name}.csv`));
      expect(header).toEqual(['uCode', ...INDICATORS, 'Conn', 'Sust', 'Index']);
      expect(rows.map((r) => r[0])).toEqual(UNITS);
    }
  });

  it('leaves missing cells empty and writes full double precision', () => {
    const treated = readCsv(join(out, 'treated.csv'));
    expect(treated.rows[1]).toEqual(['AAA', '2', '20', '4', '0.7', '', '1']);
    expect(treated.rows[7]![4]).toBe('0.30000000000000004');
    const normalised = readCsv(join(out, 'normalised.csv'));
    // GGG's FemLab sits one rounding error above the minimum 0.3: (0.30000000000000004 - 0.3) / 0.6 * 100.
    expect(normalised.rows[7]![4]).toBe(String(((0.30000000000000004 - 0.3) / (0.9 - 0.3)) * 100));
    expect(normalised.rows[7]![4]).toBe('9.25185853854297e-15');
    expect(normalised.rows[1]![5]).toBe('');
  });

  it('computes min-max and weighted arithmetic means as worked out by hand', () => {
    const { rows } = readCsv(join(out, 'aggregated.csv'));
    const column = (code: string) =>
      rows.map((r) => Number(r[1 + [...INDICATORS, 'Conn', 'Sust', 'Index'].indexOf(code)] || NaN));
    expect(column('LPI')).toEqual([0, 25, 50, 75, 100, 37.5, 12.5, 87.5]);
    expect(column('Lang.x')).toEqual([50, 0, 25, 100, 75, 25, 0, 50]);
    expect(column('Renew')[1]).toBeNaN();
    const norm = Object.fromEntries(
      INDICATORS.map((code) => [code, minmax(RAW[code]!, code === 'CO2' ? -1 : 1)]),
    );
    for (const code of INDICATORS) expectClose(column(code), norm[code]!);
    const conn = UNITS.map((_, u) => amean([norm.LPI![u]!, norm.Flights![u]!, norm.CO2![u]!], [1, 2, 1]));
    const sust = UNITS.map((_, u) =>
      amean([norm.FemLab![u]!, norm.Renew![u]!, norm['Lang.x']![u]!], [1, 1, 1]),
    );
    expectClose(column('Conn'), conn);
    expectClose(column('Sust'), sust);
    expectClose(
      column('Index'),
      conn.map((c, u) => amean([c, sust[u]!], [1, 3])),
    );
    // By hand for 007: Conn = (0 + 2 * 6.667 + 33.333) / 4 = 11.667; Sust = (33.333 + 0 + 50) / 3 = 27.778.
    expect(column('Conn')[0]).toBeCloseTo(35 / 3, 12);
    expect(column('Index')[0]).toBeCloseTo((35 / 3 + 3 * (250 / 9)) / 4, 12);
    // AAA has no Renew: Sust is the mean of the other two, (66.667 + 0) / 2.
    expect(column('Sust')[1]).toBeCloseTo(100 / 3, 12);
  });

  it('ranks every column descending, ties sharing the best rank, missing values unranked', () => {
    const { header, rows } = readCsv(join(out, 'ranks.csv'));
    const ranks = (code: string) => rows.map((r) => r[header.indexOf(code)]);
    expect(ranks('Index')).toEqual(['7', '6', '4', '1', '5', '2', '8', '3']);
    expect(ranks('Lang.x')).toEqual(['3', '7', '5', '1', '2', '5', '7', '3']);
    expect(ranks('Renew')[1]).toBe('');
  });

  it('computes another edition (Time) and prints a JSON summary', () => {
    const out2020 = join(cwd, 'out2020');
    const result = runCli(
      ['compute', project, '--edition', '2020', '--out', out2020, '--treat', 'none', '--json'],
      cwd,
    );
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      edition: number;
      units: number;
      files: string[];
      warnings: unknown[];
    };
    expect(summary).toMatchObject({ edition: 2020, units: 8, warnings: [] });
    expect(summary.files.map((f) => f.slice(out2020.length + 1))).toEqual([
      'treated.csv',
      'normalised.csv',
      'aggregated.csv',
      'ranks.csv',
    ]);
    expect(readCsv(join(out2020, 'treated.csv')).rows[0]!.slice(0, 2)).toEqual(['007', '1.2']);
  });

  it("runs COINr's usual pipeline of the written spec and the overrides", () => {
    const runs = [
      [],
      ['--normalise', 'zscore:10,2', '--aggregate', 'harmonic', '--denominate'],
      ['--normalise', 'minmax:1,100', '--aggregate', 'geometric', '--treat', 'none'],
    ];
    for (const [i, args] of runs.entries()) {
      const result = runCli(['compute', project, '--out', join(cwd, `o${i}`), ...args], cwd);
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.status).toBe(0);
    }
    const denominated = readCsv(join(cwd, 'o1', 'treated.csv'));
    expect(denominated.rows[0]![2]).toBe(String(10 / 1000));
  });

  it('computes the spec as edited after the import (the cached validation follows the text)', () => {
    expect(readdirSync(join(cwd, '.cache', 'specs'))).toHaveLength(1);
    const spec = join(project, 'index.yaml');
    const original = readFileSync(spec, 'utf8');
    const sust =
      '  - code: Sust\n    name: { de: Sustainability, en: Sustainability }\n    parent: Index\n    weight: 3\n';
    expect(original).toContain(sust);
    writeFileSync(spec, original.replace(sust, sust.replace('weight: 3', 'weight: 1')));
    try {
      const edited = join(cwd, 'edited');
      expect(runCli(['compute', project, '--out', edited, '--treat', 'none'], cwd).status).toBe(0);
      const { header, rows } = readCsv(join(edited, 'aggregated.csv'));
      const [conn, sust, index] = ['Conn', 'Sust', 'Index'].map((c) => Number(rows[0]![header.indexOf(c)]));
      expect(index).toBeCloseTo((conn! + sust!) / 2, 12);
      writeFileSync(spec, original.replace('weight: 3', 'weight: -3'));
      const invalid = runCli(['compute', project, '--out', edited], cwd);
      expect(invalid.status).toBe(3);
      expect(invalid.stderr).toMatch(/index\.yaml:\d+: aggregates\[1\]\.weight: /);
    } finally {
      writeFileSync(spec, original);
    }
  });

  it('exits 2 for wrong usage: a malformed override, no --out, --unit-set with a directory', () => {
    const malformed = runCli(['compute', project, '--out', join(cwd, 'x'), '--normalise', 'minmax:0'], cwd);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/--normalise <method>.*'minmax:0'.*minmax needs two numbers/);
    expect(runCli(['compute', project], cwd).status).toBe(2);
    expect(runCli(['compute', project, '--out', 'x', '--unit-set', 'regions'], cwd).status).toBe(2);
    expect(runCli(['compute', project, '--out', 'x', '--edition', 'last'], cwd).status).toBe(2);
    expect(runCli(['import', 'coinr', '--data', 'a.csv'], cwd).status).toBe(2);
  });

  it('exits 3 for bad input, naming file, line and column; 5 for a computation that cannot go on', () => {
    const again = runCli(
      [
        'import',
        'coinr',
        '--data',
        `${FIXTURE}/iData.csv`,
        '--meta',
        `${FIXTURE}/iMeta.csv`,
        '--out',
        project,
      ],
      cwd,
    );
    expect(again.status).toBe(3);
    expect(again.stderr).toMatch(/already there; --force replaces it/);
    const missingTime = runCli(['compute', project, '--out', join(cwd, 'y'), '--edition', '1999'], cwd);
    expect(missingTime.status).toBe(3);
    expect(missingTime.stderr).toMatch(
      /data\.csv: field "Time": no rows with Time 1999 \(found: 2020, 2021\)/,
    );
    const badRef = runCli(['compute', project, '--out', join(cwd, 'z'), '--normalise', 'dist2ref:XYZ'], cwd);
    expect(badRef.status).toBe(5);
    expect(badRef.stderr).toMatch(/computation error: .*XYZ/);
  });
});

describe('compute without DIR: the database', () => {
  it("computes the bundled index's latest edition of the municipalities", () => {
    const cwd = tempDir();
    expect(runCli(['compute', '--out', 'out'], cwd).status).toBe(4);
    expect(runCli(['run', '--json'], cwd).status).toBe(0);
    const result = runCli(['compute', '--out', 'out', '--json'], cwd);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({
      edition: 2025,
      units: 53,
      indicators: 12,
      aggregates: 5,
    });
    const { header, rows } = readCsv(join(cwd, 'out', 'aggregated.csv'));
    expect(header.slice(-5)).toEqual(['research', 'employment', 'companies', 'infrastructure', 'index']);
    expect(rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]).sort());
    const regions = runCli(
      ['compute', '--out', 'regions', '--unit-set', 'regions', '--edition', '2024', '--json'],
      cwd,
    );
    expect(JSON.parse(regions.stdout)).toMatchObject({ edition: 2024, units: 12 });
  });
});

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((x, i) => {
    if (Number.isNaN(expected[i]!)) expect(x).toBeNaN();
    else expect(Math.abs(x - expected[i]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected[i]!)));
  });
}
