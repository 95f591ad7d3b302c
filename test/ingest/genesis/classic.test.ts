import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { openGenesisClassic } from '../../../src/ingest/readers/genesis/index.js';
import { collect, failure, fixture, tempFile } from './helpers.js';

describe('classic GENESIS export', () => {
  it('reads a Latin-1 Gemeinde table with dates in a header row', async () => {
    const table = await openGenesisClassic(fixture('12411-01-01-5.csv'));
    const all = await collect(table);
    expect(table.metadata).toEqual({
      format: 'genesis-classic',
      tableCode: '12411-01-01-5',
      title:
        'Bevölkerungsstand: Bevölkerung nach Geschlecht - Stichtag 31.12. - regionale Tiefe: Gemeinden, Samt-/Verbandsgemeinden',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      encoding: 'windows-1252',
    });
    expect(all).toHaveLength(8 * 6);
    expect(
      all.find(
        (o) =>
          o.regionKey === '05913000' &&
          o.time === '2023-12-31' &&
          o.variable === 'Bevölkerungsstand|Insgesamt',
      ),
    ).toEqual({
      line: 12,
      column: '3',
      regionKey: '05913000',
      regionLabel: 'Dortmund, Stadt',
      variable: 'Bevölkerungsstand|Insgesamt',
      attributes: {},
      time: '2023-12-31',
      value: 600001,
      missingReason: null,
      text: '600001',
      unit: 'Anzahl',
      quality: null,
      confidential: false,
    });
    const unna = all.filter((o) => o.regionKey === '05978036' && o.time === '2023-12-31');
    expect(unna.map((o) => [o.variable, o.value, o.missingReason])).toEqual([
      ['Bevölkerungsstand|Insgesamt', 59001, null],
      ['Bevölkerungsstand|männlich', null, 'unknown'],
      ['Bevölkerungsstand|weiblich', null, 'unknown'],
    ]);
    expect(all.filter((o) => o.missingReason === 'nothing')).toHaveLength(3);
    expect(new Set(all.map((o) => o.regionKey))).toEqual(
      new Set(['DG', '05', '05913', '05913000', '05978', '05978004', '05978036', '05978999']),
    );
  });

  it('reads a lone date line and four header rows', async () => {
    const all = await collect(await openGenesisClassic(fixture('13111-01-03-5.csv')));
    expect(all).toHaveLength(18);
    expect(new Set(all.map((o) => o.time))).toEqual(new Set(['2023-06-30']));
    const unna = all.filter((o) => o.regionKey === '05978036');
    expect(unna.map((o) => [o.variable.split('|').slice(1).join('|'), o.value ?? o.missingReason])).toEqual([
      ['Nationalität|Insgesamt|Geschlecht|Insgesamt', 20001],
      ['Nationalität|Insgesamt|Geschlecht|männlich', 10001],
      ['Nationalität|Insgesamt|Geschlecht|weiblich', 10000],
      ['Nationalität|Ausländer(innen)|Geschlecht|Insgesamt', 2001],
      ['Nationalität|Ausländer(innen)|Geschlecht|männlich', 'not-meaningful'],
      ['Nationalität|Ausländer(innen)|Geschlecht|weiblich', 'uncertain'],
    ]);
    expect(all[0]!.variable.split('|')[0]).toBe('Sozialversicherungspfl. Beschäftigte (Arbeitsort)');
  });

  it('keeps gaps in a header hierarchy and reads the year column', async () => {
    const all = await collect(await openGenesisClassic(fixture('52311-01-04-4.csv')));
    const dortmund2023 = all.filter((o) => o.regionKey === '05913' && o.time === '2023');
    expect(dortmund2023.map((o) => o.variable)).toEqual([
      'Gewerbeanmeldungen',
      'Gewerbeanmeldungen|Neuerrichtungen',
      'Gewerbeanmeldungen|Neuerrichtungen|Betriebsgründungen',
      'Gewerbeanmeldungen|Zuzüge',
      'Gewerbeabmeldungen',
    ]);
    expect(all.find((o) => o.regionKey === '05978' && o.column === '6')?.missingReason).toBe('later');
    expect(new Set(all.map((o) => o.time))).toEqual(new Set(['2023', '2022']));
  });

  it('carries merged header cells to the right and drops the "Stichtag" row', async () => {
    const all = await collect(await openGenesisClassic(fixture('merged-header.csv')));
    expect(all.map((o) => [o.time, o.variable, o.value])).toEqual([
      ['2023-12-31', 'Bevölkerungsstand|Insgesamt', 600001],
      ['2023-12-31', 'Bevölkerungsstand|männlich', 297001],
      ['2023-12-31', 'Bevölkerungsstand|weiblich', 303000],
      ['2022-12-31', 'Bevölkerungsstand|Insgesamt', 599001],
      ['2022-12-31', 'Bevölkerungsstand|männlich', 296501],
    ]);
  });

  it('reads a Landesdatenbank NRW table whose region is a title line (CRLF, Latin-1)', async () => {
    const table = await openGenesisClassic(fixture('nrw-33111-02ir.csv'));
    const all = await collect(table);
    expect(table.metadata.tableCode).toBeNull();
    expect(table.metadata.publisher).toBe('Landesbetrieb Information und Technik Nordrhein-Westfalen');
    expect(all).toHaveLength(8);
    expect(all[0]).toMatchObject({
      line: 10,
      regionKey: '',
      regionLabel: 'Köln, krfr. Stadt',
      variable: 'Bodenfläche (Katasterfläche)|Flächennutzungsarten|Bodenfläche insgesamt|Insgesamt',
      unit: 'ar',
      time: '2012-12-31',
      value: 4051641,
    });
    expect(all.at(-1)).toMatchObject({ line: 11, value: null, missingReason: 'nothing' });
  });

  it('takes regions from a header row of Länder and categories from a key column', async () => {
    const all = await collect(await openGenesisClassic(fixture('12411-0013.csv')));
    expect(all).toHaveLength(12);
    expect(all[4]).toMatchObject({
      regionKey: '09',
      regionLabel: 'Bayern',
      variable: 'Bevölkerungsstand|weiblich',
      attributes: { col2: 'unter 1 Jahr' },
      time: '2023-12-31',
      value: 57001,
    });
  });

  it('names file, line, column and text of a bad cell', async () => {
    const error = await failure(collect(await openGenesisClassic(fixture('bad-cell.csv'))));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(/bad-cell\.csv:10: field "column 4": "12,3,4" is not a number$/);
  });

  it('refuses what is not a classic export', async () => {
    const error = await failure(openGenesisClassic(fixture('12411-01-01-5_old_flat.csv')));
    expect(error.message).toMatch(/:1: not a classic GENESIS export/);
  });

  it.each([
    ['no header rows', 'GENESIS-Tabelle: 1\nTitel;;\nDG;Deutschland;5\n', /:3: no column header rows/],
    ['no time', 'GENESIS-Tabelle: 1\nTitel;;\n;;Insgesamt\nDG;Deutschland;5\n', /:4: no reference time/],
    ['no data', 'GENESIS-Tabelle: 1\nTitel;;\n;;2020\n__________\n', /:4: the table has no data rows/],
    [
      'short row',
      'GENESIS-Tabelle: 1\nA (Anzahl);;\n;;2020;2021\nDG;Deutschland;5\n',
      /:4: 3 cells, but the header has 4 columns/,
    ],
    [
      'bad key',
      'GENESIS-Tabelle: 1\n;;2020\n;;A\nDG;Deutschland;5\n0591;Dortmund;6\n',
      /:5: field "column 1": "0591" is not a region key/,
    ],
    [
      'nameless column',
      'GENESIS-Tabelle: 1\n;;2020\nDG;Deutschland;5\n',
      /:2: field "column 3": the column has no header/,
    ],
    [
      'cell beyond',
      'GENESIS-Tabelle: 1\n;;;A\n2020;DG;D;5;7\n',
      /:3: field "column 5": "7" lies beyond the last header column/,
    ],
    [
      'bad date',
      'GENESIS-Tabelle: 1\n;;;X\n2020;DG;D;5\n31.02.2020;DG;D;6\n',
      /:4: field "column 1": "31.02.2020" is not a year or a date/,
    ],
    [
      'twin headers',
      'GENESIS-Tabelle: 1\n;;2020;2020\n;;A;A\nDG;D;5;6\n',
      /:2: field "column 4": the same header as column 3/,
    ],
  ])('reports %s', async (_name, text, message) => {
    const file = tempFile('t.csv', text);
    const error = await failure(openGenesisClassic(file).then(collect));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(message);
  });
});
