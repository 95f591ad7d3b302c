import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FFCSV_NAME,
  populationFfcsv,
  RUHR,
  ruhrPopulation,
  writeFixture,
} from '../workflow/import/fixtures.js';
import { runCli, tempDir } from './helpers.js';

interface ReportJson {
  edition: number;
  editionCreated: boolean;
  dryRun: boolean;
  applied: boolean;
  fileHash: string;
  counts: {
    observations: number;
    values: number;
    new: number;
    changed: number;
    unchanged: number;
    skipped: number;
  };
  variables: { variable: string; new: number; changed: number; unchanged: number }[];
  skipped: { reason: string; count: number }[];
  conflicts: { unitCode: string; before: number; after: number }[];
  source: { id: string; table: string; retrieved: string };
}

const DORTMUND = RUHR.findIndex((u) => u.code === '05913000');
const DORTMUND_LINE = 2 + 3 * DORTMUND;

describe('digitalindex import of a GENESIS flat file for the population denominator', () => {
  let cwd: string;
  let db: string;
  let file: string;
  let conflicting: string;
  const dump = () => {
    const sqlite = new Database(db, { readonly: true });
    const tables = sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all() as { name: string }[];
    const rows = tables.map(({ name }) => [name, sqlite.prepare(`select * from "${name}"`).all()]);
    sqlite.close();
    return JSON.stringify(rows);
  };
  const importCli = (...args: string[]) => runCli(['import', ...args], cwd);

  beforeAll(() => {
    cwd = tempDir();
    db = join(cwd, 'digitalindex.db');
    expect(runCli(['run'], cwd).status).toBe(0);
    file = writeFixture(cwd, FFCSV_NAME, populationFfcsv(ruhrPopulation()));
    utimesSync(file, new Date('2025-02-01T12:00:00Z'), new Date('2025-02-01T12:00:00Z'));
    const rows = ruhrPopulation();
    rows[DORTMUND]!.value = 600000;
    conflicting = writeFixture(tempDir(), FFCSV_NAME, populationFfcsv(rows));
  });

  it('shows in a dry run what would change, and writes nothing', () => {
    const before = dump();
    const result = importCli(FFCSV_NAME, '--edition', '2026', '--dry-run', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ReportJson;
    expect(report).toMatchObject({
      edition: 2026,
      editionCreated: true,
      dryRun: true,
      applied: false,
      counts: { observations: 162, values: 53, new: 53, changed: 0, unchanged: 0, skipped: 109 },
      variables: [{ variable: 'population', new: 53 }],
      source: { table: '12411-01-01-5', retrieved: '2025-02-01' },
    });
    expect(report.skipped).toEqual([
      expect.objectContaining({
        reason: 'variable "BEVSTD": attributes or time not selected by the mapping',
        count: 108,
      }),
      expect.objectContaining({ reason: 'municipality not in the master data', count: 1 }),
    ]);
    expect(dump()).toBe(before);
    const text = importCli(FFCSV_NAME, '--edition', '2026', '--dry-run');
    expect(text.stdout).toContain('Ausgabe 2026 würde angelegt');
    expect(text.stdout).toContain('53 neu, 0 geändert, 0 unverändert; 109 übersprungen');
    expect(text.stdout).toContain('Probelauf: 53 Werte würden geschrieben.');
  });

  it('applies the import, and importing the same file again changes nothing', () => {
    const applied = importCli(FFCSV_NAME, '--edition', '2026');
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('Ausgabe 2026 angelegt');
    expect(applied.stdout).toMatch(/Importiert in einer Transaktion \(Import 1\)\./);
    const sqlite = new Database(db, { readonly: true });
    const row = sqlite
      .prepare("select * from observed_values where edition = 2026 and unit_code = '05913000'")
      .get() as { value: number; row_number: number; reference_date: string; source_id: string };
    const source = sqlite.prepare('select * from sources where id = ?').get(row.source_id) as Record<
      string,
      unknown
    >;
    sqlite.close();
    expect(row).toMatchObject({
      value: RUHR[DORTMUND]!.population! + 100,
      row_number: DORTMUND_LINE,
      reference_date: '2024-12-31',
    });
    expect(source).toMatchObject({
      table_code: '12411-01-01-5',
      file_name: FFCSV_NAME,
      retrieved: '2025-02-01',
      licence: 'dl-de/by-2-0',
    });

    const before = dump();
    const again = importCli(FFCSV_NAME, '--edition', '2026');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 neu, 0 geändert, 53 unverändert');
    expect(again.stdout).toContain('Keine Änderung: die Datenbank enthält diese Werte bereits.');
    expect(dump()).toBe(before);
  });

  it('fails on a conflicting file with exit code 3, unless --replace is given', () => {
    const before = dump();
    const failed = importCli(conflicting, '--edition', '2026', '--json');
    expect(failed.status).toBe(3);
    expect(failed.stderr).toBe(
      `digitalindex: input error: ${conflicting}:${DORTMUND_LINE}: field "value": 1 value differs from the stored one ` +
        `of edition 2026 (first: 05913000 population, stored ${RUHR[DORTMUND]!.population! + 100}, file 600000); ` +
        'nothing was imported, --replace replaces them\n',
    );
    const report = JSON.parse(failed.stdout) as ReportJson;
    expect(report.conflicts).toEqual([expect.objectContaining({ unitCode: '05913000', after: 600000 })]);
    expect(report.applied).toBe(false);
    expect(dump()).toBe(before);

    const replaced = importCli(conflicting, '--edition', '2026', '--replace');
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('0 neu, 1 geändert, 52 unverändert');
    const sqlite = new Database(db, { readonly: true });
    const { value } = sqlite
      .prepare(
        "select value from observed_values where edition = 2026 and unit_code = '05913000' and variable = 'population'",
      )
      .get() as { value: number };
    sqlite.close();
    expect(value).toBe(600000);
  });

  it('explains the imported value with its provenance', () => {
    const result = runCli(['explain', '05913000', 'population', '--edition', '2026', '--json'], cwd);
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      numerator: {
        value: number;
        row: number;
        column: string;
        referenceDate: string;
        source: Record<string, unknown>;
      };
    };
    const hash = /SHA-256 ([0-9a-f]{64})/.exec(importCli(conflicting, '--edition', '2026').stdout)![1]!;
    expect(doc.numerator).toMatchObject({
      value: 600000,
      row: DORTMUND_LINE,
      column: 'value',
      referenceDate: '2024-12-31',
      source: {
        publisher: 'Statistische Ämter des Bundes und der Länder',
        table: '12411-01-01-5',
        fileName: FFCSV_NAME,
        fileHash: hash,
        licence: 'dl-de/by-2-0',
      },
    });
  });

  it('explains research institutions of Dortmund and compares the bundled editions', () => {
    const explain = runCli(['explain', '05913000', 'research_institutions', '--json'], cwd);
    expect(explain.status, explain.stderr).toBe(0);
    expect(JSON.parse(explain.stdout)).toMatchObject({
      edition: 2025,
      unit: { code: '05913000', name: 'Dortmund' },
    });
    const compare = runCli(['compare', '--from', '2024', '--to', '2025', '--json'], cwd);
    expect(compare.status, compare.stderr).toBe(0);
    expect((JSON.parse(compare.stdout) as { units: unknown[] }).units).toHaveLength(53);
  });

  it('keeps `import coinr` working next to `import FILE`, and wants --edition for a file', () => {
    const out = join(cwd, 'coinr-project');
    const coinr = importCli(
      'coinr',
      '--data',
      join(process.cwd(), 'test/fixtures-coinr/iData.csv'),
      '--meta',
      join(process.cwd(), 'test/fixtures-coinr/iMeta.csv'),
      '--out',
      out,
      '--json',
    );
    expect(coinr.status, coinr.stderr).toBe(0);
    expect(JSON.parse(coinr.stdout)).toHaveProperty('files');
    expect(readFileSync(join(out, 'index.yaml'), 'utf8')).toContain('indicators');
    const noEdition = importCli(FFCSV_NAME);
    expect(noEdition.status).toBe(2);
    expect(noEdition.stderr).toContain("required option '--edition <year>' not specified");
  });
});
