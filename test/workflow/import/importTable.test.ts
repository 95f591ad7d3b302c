import { utimesSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { getEdition, getSource, listIndicators, listValues, type Store } from '../../../src/store/index.js';
import { getValueProvenance, listImports } from '../../../src/store/provenance.js';
import { importTable, ImportConflictError } from '../../../src/workflow/importTable.js';
import { describeEachDatabase } from '../../store/databases.js';
import { dumpStore } from './dump.js';
import {
  FFCSV_NAME,
  loadBundle,
  populationFfcsv,
  RUHR,
  ruhrPopulation,
  tempDir,
  writeFixture,
} from './fixtures.js';

const DORTMUND = RUHR.find((u) => u.code === '05913000')!;

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the import to fail');
}

describeEachDatabase('importing a GENESIS flat file the spec declares', (store: () => Store) => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    await loadBundle(store());
    dir = tempDir();
    file = writeFixture(dir, FFCSV_NAME, populationFfcsv(ruhrPopulation()));
    utimesSync(file, new Date('2025-03-04T10:00:00Z'), new Date('2025-03-04T10:00:00Z'));
  });

  it('shows in a dry run what would change and writes nothing', async () => {
    const before = await dumpStore(store());
    const report = await importTable(store(), { file, edition: 2026, dryRun: true });
    expect(report).toMatchObject({
      format: 'genesis-ffcsv',
      edition: 2026,
      editionCreated: true,
      dryRun: true,
      applied: false,
      counts: { observations: 162, values: 53, new: 53, changed: 0, unchanged: 0, skipped: 109 },
      variables: [{ variable: 'population', new: 53, changed: 0, unchanged: 0 }],
      importId: null,
    });
    expect(report.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['variable "BEVSTD": attributes or time not selected by the mapping', 108],
      ['municipality not in the master data', 1],
    ]);
    expect(await dumpStore(store())).toBe(before);
  });

  it('creates the edition, stores the values with full provenance, and logs the import', async () => {
    const report = await importTable(store(), { file, edition: 2026 });
    expect(report).toMatchObject({ applied: true, editionCreated: true, counts: { new: 53 } });
    const db = store().db;
    const edition = (await getEdition(db, 2026))!;
    const template = (await getEdition(db, 2025))!;
    expect(edition).toMatchObject({ specHash: template.specHash, synthetic: false });
    expect(await listIndicators(db, 2026)).toEqual(await listIndicators(db, 2025));

    const values = await listValues(db, { edition: 2026, unitSet: 'municipalities' });
    expect(values).toHaveLength(53);
    const dortmund = values.find((v) => v.unitCode === '05913000')!;
    expect(dortmund).toMatchObject({
      variable: 'population',
      value: DORTMUND.population! + 100,
      referenceDate: '2024-12-31',
      synthetic: false,
      confidential: false,
      missingReason: null,
    });
    const line = 2 + 3 * RUHR.indexOf(DORTMUND);
    expect(dortmund.row).toBe(line);
    expect(await getSource(db, dortmund.sourceId)).toEqual({
      id: report.source.id,
      publisher: 'Statistische Ämter des Bundes und der Länder',
      table: '12411-01-01-5',
      title: 'Bevölkerung nach Geschlecht, Gemeinden, Stichtag 31.12.',
      licence: 'dl-de/by-2-0',
      url: null,
      retrieved: '2025-03-04',
      fileName: FFCSV_NAME,
      fileHash: report.fileHash,
      synthetic: false,
    });
    expect(report.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.source.id).toBe(`sha256:${report.fileHash.slice(0, 16)}`);
    expect(await getValueProvenance(db, { ...dortmund, sourceId: dortmund.sourceId })).toMatchObject({
      column: 'value',
      note: null,
      importId: report.importId,
    });
    expect(await listImports(db)).toEqual([
      expect.objectContaining({
        id: report.importId,
        edition: 2026,
        fileName: FFCSV_NAME,
        format: 'genesis-ffcsv',
        mappingName: null,
        counts: { new: 53, changed: 0, unchanged: 0, skipped: 109 },
        replaced: false,
      }),
    ]);
    // the editions of the bundle are untouched
    expect(await listValues(db, { edition: 2025, unitSet: 'municipalities' })).toHaveLength(53 * 17);
  });

  it('changes nothing when the same file is imported again, and says so', async () => {
    await importTable(store(), { file, edition: 2026 });
    const before = await dumpStore(store());
    const again = await importTable(store(), { file, edition: 2026 });
    expect(again).toMatchObject({
      applied: false,
      editionCreated: false,
      counts: { new: 0, changed: 0, unchanged: 53 },
      importId: null,
    });
    expect(await dumpStore(store())).toBe(before);
  });

  it('aborts on a conflicting value, changing nothing, unless replace is given', async () => {
    await importTable(store(), { file, edition: 2026 });
    const before = await dumpStore(store());
    const rows = ruhrPopulation();
    rows[RUHR.indexOf(DORTMUND)]!.value = 600000;
    const conflicting = writeFixture(tempDir(), FFCSV_NAME, populationFfcsv(rows));
    const error = await errorOf(importTable(store(), { file: conflicting, edition: 2026 }));
    expect(error).toBeInstanceOf(ImportConflictError);
    const line = 2 + 3 * RUHR.indexOf(DORTMUND);
    expect(error.message).toBe(
      `${conflicting}:${line}: field "value": 1 value differs from the stored one of edition 2026 ` +
        `(first: 05913000 population, stored ${DORTMUND.population! + 100}, file 600000); nothing was imported, --replace replaces them`,
    );
    expect((error as ImportConflictError).report.counts).toMatchObject({ changed: 1, unchanged: 52 });
    expect(await dumpStore(store())).toBe(before);

    const replaced = await importTable(store(), { file: conflicting, edition: 2026, replace: true });
    expect(replaced).toMatchObject({
      applied: true,
      replace: true,
      counts: { changed: 1, unchanged: 52, new: 0 },
    });
    const values = await listValues(store().db, { edition: 2026, unitSet: 'municipalities' });
    const dortmund = values.find((v) => v.unitCode === '05913000')!;
    expect(dortmund).toMatchObject({ value: 600000, sourceId: replaced.source.id });
    const essen = values.find((v) => v.unitCode === '05113000')!;
    expect(essen.sourceId).not.toBe(replaced.source.id); // unchanged values keep their first source
    expect(await listImports(store().db)).toHaveLength(2);
  });

  it('takes the retrieval date given instead of the modification date', async () => {
    const report = await importTable(store(), { file, edition: 2026, retrieved: '2025-01-15' });
    expect(report.source.retrieved).toBe('2025-01-15');
    expect((await getSource(store().db, report.source.id))!.retrieved).toBe('2025-01-15');
  });

  it('reports in a dry run the conflicts with the bundled population of an existing edition', async () => {
    const report = await importTable(store(), { file, edition: 2025, dryRun: true });
    expect(report.counts).toMatchObject({ changed: 53, new: 0 });
    expect(report.conflicts).toHaveLength(20);
    expect(report.conflicts[0]).toMatchObject({
      kind: 'changed',
      variable: 'population',
      before: RUHR[0]!.population,
    });
  });
});

describe('importing a file the spec does not declare', () => {
  it('asks for a mapping, naming the declared sources', async () => {
    const { openStore } = await import('../../../src/store/index.js');
    const store = await openStore(':memory:');
    try {
      await loadBundle(store);
      const file = writeFixture(tempDir(), '12411-01-01-4_de_flat.csv', populationFfcsv(ruhrPopulation()));
      const error = await errorOf(importTable(store, { file, edition: 2026 }));
      expect(error).toBeInstanceOf(IngestError);
      expect(error.message).toBe(
        `${file}: no --mapping given, and the spec declares no source for table "12411-01-01-4" ` +
          '(declared: 12411-01-01-5/BEVSTD → population, 13111-01-03-5/ERW032 → employees, ' +
          'bba_MM_YYYY.xlsx/ftth_1000 → fttbh, bba_MM_YYYY.xlsx/all_1000 → gigabit); write a mapping file',
      );
    } finally {
      await store.close();
    }
  });
});
