// A workbook the spec declares by file name pattern: the broadband atlas (bba_MM_YYYY.xlsx), without a mapping.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listValues, openStore, type Store } from '../../../src/store/index.js';
import { getValueProvenance } from '../../../src/store/provenance.js';
import { importTable } from '../../../src/workflow/importTable.js';
import { loadBundle, RUHR, tempDir } from './fixtures.js';

const BANDS = [
  '≥ 16 Mbit/s',
  '≥ 30 Mbit/s',
  '≥ 50 Mbit/s',
  '≥ 100 Mbit/s',
  '≥ 200 Mbit/s',
  '≥ 400 Mbit/s',
  '≥ 1000 Mbit/s',
];

/** The Privathaushalte sheet: 4 header rows, one row per Bund/Land/Kreis/Gemeinde; G–M all technologies, N FTTB/H. */
async function atlas(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Privathaushalte');
  const put = (row: number, values: (string | number | undefined)[]) =>
    values.forEach((v, c) => v !== undefined && (sheet.getCell(row, c + 1).value = v));
  put(1, [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    'Angaben zur Verfügbarkeit in Prozent der Privathaushalte',
  ]);
  put(3, [
    undefined,
    undefined,
    'Festnetz: 12.2025',
    undefined,
    undefined,
    undefined,
    'alle Technologien',
    ...Array<undefined>(6),
    'FTTB/H',
  ]);
  put(4, ['AGS', 'Name', 'Verwaltungsebene', 'Land', 'Kreis', 'Haushalte', ...BANDS, '≥ 1000 Mbit/s']);
  put(5, ['05978', 'Kreis Unna', '3 - Kreis', 'NRW', 'Unna', 190_000, 100, 99, 98, 96, 92, 88, 84.5, 40.5]);
  RUHR.forEach((u, i) =>
    put(6 + i, [
      u.code,
      `Gemeinde ${u.name}`,
      '4 - Gemeinde',
      'NRW',
      '',
      10_000,
      100,
      99,
      98,
      95,
      90,
      85,
      60 + (i % 40),
      20 + (i % 30),
    ]),
  );
  await book.xlsx.writeFile(file);
}

describe('importing the broadband atlas as the spec declares it', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
    await loadBundle(store);
  });
  afterEach(() => store.close());

  it('maps FTTB/H (column N) to fttbh and gigabit (column M) to gigabit for every municipality', async () => {
    const file = join(tempDir(), 'bba_12_2025.xlsx');
    await atlas(file);
    const report = await importTable(store, { file, edition: 2026 });
    expect(report).toMatchObject({
      format: 'broadband',
      mapping: null,
      counts: { values: 106, new: 106 },
      source: {
        publisher: 'Bundesnetzagentur (Breitbandatlas | Gigabit-Grundbuch)',
        table: 'bba_MM_YYYY.xlsx',
      },
    });
    expect(report.variables.map((v) => [v.variable, v.new])).toEqual([
      ['fttbh', 53],
      ['gigabit', 53],
    ]);
    const values = await listValues(store.db, { edition: 2026, unitSet: 'municipalities' });
    const i = RUHR.findIndex((u) => u.code === '05913000');
    const dortmund = (variable: string) =>
      values.find((v) => v.unitCode === '05913000' && v.variable === variable)!;
    expect(dortmund('gigabit')).toMatchObject({
      value: 60 + (i % 40),
      referenceDate: '2025-12-31',
      row: 6 + i,
    });
    expect(dortmund('fttbh')).toMatchObject({ value: 20 + (i % 30) });
    expect(await getValueProvenance(store.db, dortmund('fttbh'))).toMatchObject({ column: 'N' });
    expect(await getValueProvenance(store.db, dortmund('gigabit'))).toMatchObject({ column: 'M' });
  });
});
