import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listValues, openStore, type Store } from '../../../src/store/index.js';
import { getValueProvenance } from '../../../src/store/provenance.js';
import { explainValue } from '../../../src/workflow/explain.js';
import { importTable, type ImportConflictError } from '../../../src/workflow/importTable.js';
import { loadBundle, RUHR, tempDir, writeFixture } from './fixtures.js';

let store: Store;
let dir: string;
beforeEach(async () => {
  store = await openStore(':memory:');
  await loadBundle(store);
  dir = tempDir();
});
afterEach(() => store.close());

const CSV_2025 = [
  'AGS;Gemeinde;KI-Unternehmen;Digitalaffine Unternehmen',
  ...RUHR.map((u, i) => `${u.code};${u.name};${10 + i};${200 + i}`),
];

describe('importing a generic CSV table with a mapping file', () => {
  it('maps columns to indicators, and marks the values of a non-public source confidential', async () => {
    const table = writeFixture(dir, 'ki-firmen.csv', CSV_2025.join('\n') + '\n');
    const mapping = writeFixture(
      dir,
      'ki-firmen.yaml',
      [
        'source: { publisher: IW Consult, title: KI-affine Unternehmen (Sonderauswertung), licence: nicht öffentlich }',
        'confidential: true',
        'referenceDate: 2024-12-31',
        'values:',
        '  - { target: ai_firms, variable: KI-Unternehmen }',
        '  - { target: digital_firms, variable: Digitalaffine Unternehmen, confidential: false }',
        '',
      ].join('\n'),
    );
    const report = await importTable(store, { file: table, mappingFile: mapping, edition: 2026 });
    expect(report).toMatchObject({
      format: 'csv',
      mapping,
      counts: { values: 106, new: 106, skipped: 0 },
      source: {
        publisher: 'IW Consult',
        title: 'KI-affine Unternehmen (Sonderauswertung)',
        licence: 'nicht öffentlich',
        table: null,
      },
    });
    const values = await listValues(store.db, { edition: 2026, unitSet: 'municipalities' });
    const dortmund = (variable: string) =>
      values.find((v) => v.unitCode === '05913000' && v.variable === variable)!;
    const i = RUHR.findIndex((u) => u.code === '05913000');
    expect(dortmund('ai_firms')).toMatchObject({ value: 10 + i, confidential: true, row: i + 2 });
    expect(dortmund('digital_firms')).toMatchObject({ value: 200 + i, confidential: false });
    expect(await getValueProvenance(store.db, { ...dortmund('ai_firms') })).toMatchObject({
      column: 'KI-Unternehmen',
    });
  });

  it('shows a confidential value as "vertraulich" in the public explanation of a computable edition', async () => {
    const table = writeFixture(dir, 'ki-firmen.csv', CSV_2025.join('\n') + '\n');
    const mapping = writeFixture(
      dir,
      'ki-firmen.yaml',
      'source: { publisher: IW Consult }\nconfidential: true\nreferenceDate: 2025-03-31\nvalues:\n  - { target: ai_firms, variable: KI-Unternehmen }\n',
    );
    const report = await importTable(store, {
      file: table,
      mappingFile: mapping,
      edition: 2025,
      replace: true,
    });
    expect(report.counts).toMatchObject({ changed: 53 });
    const request = { edition: 2025, unitSet: 'municipalities', unit: '05913000', code: 'ai_firms' };
    const shown = await explainValue(store, { ...request, internal: false });
    expect(shown.numerator).toMatchObject({
      value: 'vertraulich',
      confidential: true,
      column: 'KI-Unternehmen',
    });
    expect(shown.numerator!.source).toMatchObject({ publisher: 'IW Consult', fileName: 'ki-firmen.csv' });
    expect(shown.steps!.denominated.value).toBe('vertraulich');
    expect(typeof shown.steps!.path.at(-1)!.score).toBe('number');
    const internal = await explainValue(store, { ...request, internal: true });
    expect(internal.numerator!.value).toBe(10 + RUHR.findIndex((u) => u.code === '05913000'));
  });

  it('never shows the numbers of confidential values in its report or a conflict', async () => {
    const mapping = writeFixture(
      dir,
      'ki.yaml',
      'source: { publisher: IW Consult }\nconfidential: true\nreferenceDate: 2025-03-31\nvalues:\n  - { target: ai_firms, variable: KI-Unternehmen }\n',
    );
    const first = await importTable(store, {
      file: writeFixture(dir, 'a.csv', CSV_2025.join('\n') + '\n'),
      mappingFile: mapping,
      edition: 2026,
    });
    expect(first.examples[0]).toMatchObject({ kind: 'new', confidential: true, before: null, after: null });
    const changed = CSV_2025.map((line) => line.replace(/^(05913000;Dortmund;)\d+/, '$1999'));
    const file = writeFixture(dir, 'b.csv', changed.join('\n') + '\n');
    const error = await importTable(store, { file, mappingFile: mapping, edition: 2026 }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toContain(
      '(first: 05913000 ai_firms, stored vertraulich, file vertraulich)',
    );
    expect((error as ImportConflictError).report.conflicts[0]).toMatchObject({ before: null, after: null });
  });

  it('allocates district values to the municipalities by population and notes it', async () => {
    const table = writeFixture(
      dir,
      'urs-kreise.csv',
      [
        'Kreisschlüssel;Kreis;Niederlassungen',
        '05978;Kreis Unna;10000',
        '05970;Kreis Siegen-Wittgenstein;9000',
        '05913;Dortmund;25000',
        '',
      ].join('\n'),
    );
    const mapping = writeFixture(
      dir,
      'urs.yaml',
      [
        'source: { publisher: Statistische Ämter des Bundes und der Länder, table: 52111-01-02-4 }',
        'level: district',
        'allocation: population',
        'referenceDate: 2023-12-31',
        'values:',
        '  - { target: firms, variable: Niederlassungen }',
        '',
      ].join('\n'),
    );
    const report = await importTable(store, { file: table, mappingFile: mapping, edition: 2026 });
    const unna = RUHR.filter((u) => u.code.startsWith('05978'));
    expect(report.counts).toMatchObject({ new: unna.length + 1 });
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'district without a municipality in the master data',
    ]);
    const values = await listValues(store.db, { edition: 2026, unitSet: 'municipalities' });
    const total = unna.reduce((sum, u) => sum + u.population!, 0);
    for (const u of unna) {
      expect(values.find((v) => v.unitCode === u.code)!.value).toBeCloseTo(
        (10000 * u.population!) / total,
        9,
      );
    }
    expect(
      values.filter((v) => v.unitCode.startsWith('05978')).reduce((s, v) => s + v.value!, 0),
    ).toBeCloseTo(10000, 9);
    const holzwickede = values.find((v) => v.unitCode === '05978016')!;
    expect(await getValueProvenance(store.db, holzwickede)).toMatchObject({
      note: 'allocated from the district value of 05978 by population',
      column: 'Niederlassungen',
    });
    const explained = await explainValue(store, {
      edition: 2026,
      unitSet: 'municipalities',
      unit: '05978016',
      code: 'firms',
      internal: false,
    });
    expect(explained.numerator).toMatchObject({
      note: 'allocated from the district value of 05978 by population',
      row: 2,
    });
  });
});
