// `digitalindex analyse`, `findings` and `report` as a user runs them: the built CLI on a database of the demo data.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../cli/helpers.js';

const built = existsSync(CLI) && existsSync(CLI.replace('main.js', 'definitions/analyse.js'));
let dir: string;
let db: string;

describe.runIf(built)('analysis commands (built CLI)', () => {
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'demo.db');
    const run = runCli(['--db', db, 'run', '--out', join(dir, 'out')], dir);
    expect(run.status, run.stderr).toBe(0);
  }, 180_000);

  it('analyse leaders --json lists the seven front-runners', () => {
    const r = runCli(['--db', db, 'analyse', 'leaders', '--json'], dir);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.edition).toBe(2025);
    expect(doc.synthetic).toBe(true);
    expect(doc.frontRunners.map((u: { name: string }) => u.name)).toEqual([
      'Dortmund',
      'Holzwickede',
      'Bochum',
      'Essen',
      'Haltern am See',
      'Hünxe',
      'Gelsenkirchen',
    ]);
  }, 60_000);

  it('analyse regions and whatif print tables; bad input gives exit codes 2 and 3', () => {
    const regions = runCli(['--db', db, 'analyse', 'regions'], dir);
    expect(regions.status, regions.stderr).toBe(0);
    expect(regions.stdout).toMatch(/5G-Abdeckung\s+98,3\s+1\/12/);
    const scenario = join(dir, 'fibre.csv');
    writeFileSync(scenario, 'unit,indicator,value\nSonsbeck,fttbh,80\nBreckerfeld,fttbh,"80,0"\n');
    const whatif = runCli(['--db', db, 'analyse', 'whatif', '--scenario', scenario, '--json'], dir);
    expect(whatif.status, whatif.stderr).toBe(0);
    const result = JSON.parse(whatif.stdout);
    expect(result.applied.map((a: { name: string; to: number }) => [a.name, a.to])).toEqual([
      ['Sonsbeck', 80],
      ['Breckerfeld', 80],
    ]);
    expect(result.changed.find((u: { name: string }) => u.name === 'Breckerfeld').rankChange).toBeGreaterThan(
      0,
    );
    writeFileSync(scenario, 'unit,indicator,value\nAtlantis,fttbh,80\n');
    const bad = runCli(['--db', db, 'analyse', 'whatif', '--scenario', scenario], dir);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toMatch(/fibre\.csv:2: field "unit": unknown unit "Atlantis"/);
    expect(runCli(['--db', db, 'analyse', 'horoscope'], dir).status).toBe(2);
    expect(runCli(['--db', db, 'analyse', 'levers', '--unit', 'Atlantis'], dir).status).toBe(2);
  }, 120_000);

  it('findings prints footnoted paragraphs in German and English', () => {
    const de = runCli(['--db', db, 'findings'], dir);
    expect(de.status, de.stderr).toBe(0);
    expect(de.stdout).toMatch(/Sieben Kommunen liegen über dem Durchschnitt/);
    expect(de.stdout).toMatch(/\[1\] Digital-Index Ruhr, Ausgabe 2025/);
    const en = runCli(['--db', db, 'findings', '--lang', 'en', '--json'], dir);
    expect(en.status, en.stderr).toBe(0);
    expect(JSON.parse(en.stdout).paragraphs[0].sentences[0].text).toMatch(/^Seven municipalities/);
  }, 120_000);

  it.runIf(existsSync('/usr/bin/chromium'))(
    'report --unit writes a two-page PDF',
    () => {
      const file = join(dir, 'unit.pdf');
      const r = runCli(['--db', db, 'report', '--unit', 'Xanten', '--out', file, '--runs', '10'], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2\n/);
    },
    120_000,
  );
});
