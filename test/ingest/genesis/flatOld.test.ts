import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { openGenesisFlatOld } from '../../../src/ingest/readers/genesis/index.js';
import { collect, failure, fixture, tempFile } from './helpers.js';

describe('old flat file', () => {
  it('reads value columns named CODE__Label__Unit with their quality column (Latin-1)', async () => {
    const table = await openGenesisFlatOld(fixture('12411-01-01-5_old_flat.csv'));
    const all = await collect(table);
    expect(table.metadata).toMatchObject({
      format: 'genesis-flat-old',
      tableCode: '12411-01-01-5',
      encoding: 'windows-1252',
    });
    expect(table.metadata.title).toBe('Fortschreibung des Bevölkerungsstandes');
    expect(
      all.map((o) => [
        o.line,
        o.regionKey,
        o.regionLabel,
        o.attributes,
        o.time,
        o.value,
        o.missingReason,
        o.quality,
        o.unit,
      ]),
    ).toEqual([
      [2, '05913000', 'Dortmund, Stadt', {}, '2023-12-31', 600001, null, 'e', 'Anzahl'],
      [3, '05978036', 'Unna, Stadt', { GES: 'GESW' }, '2023-12-31', null, 'nothing', null, 'Anzahl'],
      [4, '', 'Insgesamt', {}, '2023-12-31', 84669326, null, 'p', 'Anzahl'],
    ]);
    expect(all[0]!.variable).toBe('BEVSTD');
    expect(all[0]!.column).toBe('BEVSTD__Bevoelkerungsstand__Anzahl');
  });

  it('reads a header with only Zeit and padded value names', async () => {
    const file = tempFile(
      'flat.csv',
      'Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label;     FLC006__Gebietsflaeche__qkm\n' +
        '31.12.2022;DLAND;Bundesländer;05;Nordrhein-Westfalen;34112,72\n',
    );
    const [o] = await collect(await openGenesisFlatOld(file));
    expect(o).toMatchObject({
      regionKey: '05',
      variable: 'FLC006',
      unit: 'qkm',
      value: 34112.72,
      time: '2022-12-31',
    });
  });

  it('names the value column of a bad cell', async () => {
    const file = tempFile(
      'flat.csv',
      'Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;1_Auspraegung_Label;A__B__C\n2022;KREISE;K;05913;D;1,2,3\n',
    );
    const error = await failure(openGenesisFlatOld(file).then(collect));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(/flat\.csv:2: field "A__B__C": "1,2,3" is not a number$/);
  });
});
