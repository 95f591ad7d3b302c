import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { columnLetter } from '../../../src/ingest/readers/xlsx/sheetRows.js';
import { readXlsx } from '../../../src/ingest/readers/xlsx/readXlsx.js';
import { collect, table, tempFile } from '../csv/helpers.js';
import { rows, workbookFile } from './workbook.js';

describe('readXlsx', () => {
  it('reads number and text cells, names columns by letter and variables by header', async () => {
    const file = await workbookFile('plain.xlsx', (sheet) =>
      rows(sheet, [
        ['Titel der Tabelle'],
        [],
        ['AGS', 'Name', 'Einwohner', 'Fläche'],
        ['05913000', 'Dortmund', 587010, '280,71'],
        ['05911000', { richText: [{ text: 'Bo' }, { text: 'chum' }] }, 364628, '145,66'],
      ]),
    );
    const t = await readXlsx(file, { labelColumn: 'Name' });
    const obs = await collect(t.observations);
    expect(t.columns).toEqual([
      { label: 'C', variable: 'Einwohner' },
      { label: 'D', variable: 'Fläche' },
    ]);
    expect(obs[0]).toMatchObject({
      line: 4,
      column: 'C',
      variable: 'Einwohner',
      regionKey: '05913000',
      regionLabel: 'Dortmund',
      value: 587010,
    });
    expect(obs[3]).toMatchObject({
      line: 5,
      column: 'D',
      regionLabel: 'Bochum',
      value: 145.66,
      text: '145,66',
    });
    expect(t.metadata).toMatchObject({ format: 'xlsx', title: 'Tabelle1' });
  });

  it('rejects a formula with its cell address', async () => {
    const file = await workbookFile('formula.xlsx', (sheet) =>
      rows(sheet, [
        ['AGS', 'a', 'b'],
        ['05913000', 1, 2],
        ['05911000', 3, { formula: 'SUM(B2:B3)', result: 4 }],
      ]),
    );
    const t = await readXlsx(file);
    const error = await collect(t.observations).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).line).toBe(3);
    expect((error as IngestError).field).toBe('C3');
    expect((error as Error).message).toMatch(
      /formula.xlsx:3: field "C3": formula in cell C3: export values, not formulas$/,
    );
  });

  it('carries a merged header cell across the columns it covers', async () => {
    const file = await workbookFile('merged.xlsx', (sheet) => {
      rows(sheet, [
        ['', '', 'Beschäftigte', undefined, 'Arbeitslose'],
        ['AGS', 'Name', 'insgesamt', 'Frauen', 'insgesamt'],
        ['05913000', 'Dortmund', 250000, 120000, 30000],
      ]);
      sheet.mergeCells('C1:D1');
    });
    const obs = await collect((await readXlsx(file, { headerRows: 2, labelColumn: 'Name' })).observations);
    expect(obs.map((o) => [o.column, o.variable])).toEqual([
      ['C', 'Beschäftigte | insgesamt'],
      ['D', 'Beschäftigte | Frauen'],
      ['E', 'Arbeitslose | insgesamt'],
    ]);
  });

  it('restores the leading zeros of keys stored as numbers', async () => {
    const file = await workbookFile('numbers.xlsx', (sheet) => {
      rows(sheet, [
        ['AGS', 'x'],
        [5913000, 1],
        [5913, 2],
        [59130000000, 3],
        [11000000, 4],
        [5111000, 5],
      ]);
      sheet.getCell('A6').numFmt = '00000000';
    });
    const obs = await collect((await readXlsx(file)).observations);
    expect(obs.map((o) => o.regionKey)).toEqual([
      '05913000',
      '05913',
      '059130000000',
      '11000000',
      '05111000',
    ]);
  });

  it('picks a sheet by name or number, reads dates as ISO dates, and names missing sheets', async () => {
    const file = await workbookFile(
      'sheets.xlsx',
      (sheet, workbook) => {
        rows(sheet, [['nothing here']]);
        const data = workbook.addWorksheet('Daten');
        rows(data, [
          ['AGS', 'Stichtag', 'Wert'],
          ['05913000', new Date(Date.UTC(2024, 11, 31)), 1],
        ]);
      },
      'Info',
    );
    const byName = await collect(
      (await readXlsx(file, { sheet: 'daten', timeColumn: 'Stichtag' })).observations,
    );
    expect(byName.map((o) => [o.time, o.value])).toEqual([['2024-12-31', 1]]);
    expect(
      (await collect((await readXlsx(file, { sheet: 2, timeColumn: 'Stichtag' })).observations)).length,
    ).toBe(1);
    await expect(readXlsx(file, { sheet: 'Gemeinden' })).rejects.toThrow(
      'field "sheet": no sheet "Gemeinden" (sheets: Info, Daten)',
    );
  });

  it('rejects old .xls files and files that are not workbooks', async () => {
    const xls = tempFile('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(readXlsx(xls)).rejects.toThrow(
      /old.xlsx: an old Excel .xls \(BIFF\) file: save it as .xlsx/,
    );
    await expect(readXlsx(tempFile('text.xlsx', 'AGS;x\n'))).rejects.toThrow(/text.xlsx: not an XLSX file/);
    await expect(readXlsx(tempFile('zip.xlsx', Buffer.from('PK\x03\x04garbage')))).rejects.toThrow(
      /zip.xlsx: cannot read the workbook/,
    );
  });

  it('parses numbers written as text per column and reads signs', async () => {
    const file = await workbookFile('text-numbers.xlsx', (sheet) =>
      rows(sheet, [
        ['AGS', 'a', 'b'],
        ['05913000', '1.234', '*'],
        ['05911000', '2.345,5', '-'],
      ]),
    );
    expect(table(await collect((await readXlsx(file)).observations))).toEqual({
      '05913000': { a: 1234, b: '(suppressed)' },
      '05911000': { a: 2345.5, b: '(nothing)' },
    });
  });

  it('names columns by letter', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
