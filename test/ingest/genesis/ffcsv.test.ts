import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MissingReason } from '../../../src/model/index.js';
import { IngestError } from '../../../src/ingest/errors.js';
import { formatGermanNumber } from '../../../src/ingest/readers/germanNumber.js';
import { openGenesisFfcsv } from '../../../src/ingest/readers/genesis/index.js';
import type { RawObservation } from '../../../src/ingest/readers/types.js';
import { collect, failure, fixture, tempFile } from './helpers.js';

const HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;' +
  '1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;' +
  '2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q';

describe('ffcsv', () => {
  it('reads an unsorted flat file with several region levels and totals', async () => {
    const table = await openGenesisFfcsv(fixture('12411-01-01-5_1773175772751_de_flat.csv'));
    const all = await collect(table);
    expect(table.metadata).toEqual({
      format: 'genesis-ffcsv',
      tableCode: '12411-01-01-5',
      title: 'Fortschreibung des Bevölkerungsstandes',
      publisher: null,
      encoding: 'utf-8',
    });
    expect(all).toHaveLength(8);
    expect(all[0]).toEqual({
      line: 2,
      column: 'value',
      regionKey: '05978036',
      regionLabel: 'Unna, Stadt',
      variable: 'BEVSTD',
      attributes: { GES: 'GESW' },
      time: '2023-12-31',
      value: 30001,
      missingReason: null,
      text: '30001',
      unit: 'Anzahl',
      quality: null,
      confidential: false,
    });
    expect(all[1]).toMatchObject({ regionKey: '05913000', attributes: {}, value: 600001 });
    expect(all[4]).toMatchObject({ regionKey: '05334', value: null, missingReason: 'nothing', text: '-' });
    expect(all[6]).toMatchObject({ regionKey: '', regionLabel: 'Insgesamt', value: 84669326 });
    expect(all[7]).toMatchObject({ time: '2022-12-31', missingReason: 'unknown' });
  });

  it('reads the quality column and decimal commas', async () => {
    const all = await collect(await openGenesisFfcsv(fixture('52111-0001_1773175341165_de_flat.csv')));
    expect(all.map((o) => [o.regionKey, o.attributes, o.time, o.value, o.quality])).toEqual([
      ['DG', { WZ08U6: 'WZ08-J' }, '2023', 112345, 'e'],
      ['DG', {}, '2023', 3456789, 'p'],
      ['DG', { WZ08U6: 'WZ08-K' }, '2023', 1923.5, null],
    ]);
  });

  it('names file, line, field and text of a bad value', async () => {
    const error = await failure(openGenesisFfcsv(fixture('bad-number_de_flat.csv')).then(collect));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(/bad-number_de_flat\.csv:4: field "value": "12,3,4" is not a number$/);
  });

  it.each([
    ['a missing column', HEADER.replace(';value_unit', ''), '', /:1: field "value_unit": missing column/],
    ['a short row', HEADER, '12411;x;STAG;Stichtag;2023', /:2: 5 cells, but the header has 18 columns/],
    [
      'a row without region',
      HEADER,
      '1;x;JAHR;Jahr;2023;GES;G;GESM;m;NAT;N;;I;5;Anzahl;V;v;',
      /:2: no region dimension \(GEMEIN, KREISE, DLAND, REGBEZ or DINSG\) in this row/,
    ],
    [
      'a bad time',
      HEADER,
      '1;x;JAHR;Jahr;2023-13-01;KREISE;K;05913;D;GES;G;;I;5;Anzahl;V;v;',
      /:2: field "time": "2023-13-01" is not a year or a date/,
    ],
  ])('reports %s', async (_name, header, row, message) => {
    const file = tempFile('x_de_flat.csv', `${header}\n${row}\n`);
    const error = await failure(openGenesisFfcsv(file).then(collect));
    expect(error).toBeInstanceOf(IngestError);
    expect(error.message).toMatch(message);
  });

  it('gives the same observations as the rows it was written from (property)', async () => {
    const level = fc.constantFrom(
      ['GEMEIN', fc.stringMatching(/^05[0-9]{6}$/)] as const,
      ['KREISE', fc.stringMatching(/^05[0-9]{3}$/)] as const,
      ['DLAND', fc.constantFrom('05', '09', '')] as const,
      ['DINSG', fc.constant('DG')] as const,
    );
    const row = level.chain(([variable, key]) =>
      fc.record({
        level: fc.constant(variable),
        key,
        label: fc.stringMatching(/^[A-Za-zäöüÄÖÜß ,.()-]{1,30}$/),
        sex: fc.constantFrom('', 'GESM', 'GESW'),
        time: fc.constantFrom('2021-12-31', '2022', '2023-06-30'),
        value: fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.constantFrom('-', '.', 'x', '/', '...'),
        ),
        quality: fc.constantFrom('', 'e', 'p', 'r', 's'),
        variable: fc.constantFrom('BEVSTD', 'ERW032', 'FLC006'),
      }),
    );
    const signs: Record<string, MissingReason> = {
      '-': 'nothing',
      '.': 'unknown',
      x: 'not-meaningful',
      '/': 'uncertain',
      '...': 'later',
    };
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const lines = rows.map((r) => {
          const text = typeof r.value === 'string' ? r.value : formatGermanNumber(r.value);
          return [
            '12411',
            'Statistik',
            'STAG',
            'Stichtag',
            r.time,
            r.level,
            'Ebene',
            r.key,
            r.label,
            'GES',
            'Geschlecht',
            r.sex,
            r.sex === '' ? 'Insgesamt' : r.sex,
            text,
            'Anzahl',
            r.variable,
            'Wert',
            r.quality,
          ].join(';');
        });
        const file = tempFile('12411-01-01-5_1_de_flat.csv', `\uFEFF${HEADER}\n${lines.join('\n')}\n`);
        const read = await collect(await openGenesisFfcsv(file));
        const expected: RawObservation[] = rows.map((r, i) => ({
          line: i + 2,
          column: 'value',
          regionKey: r.key,
          regionLabel: r.label,
          variable: r.variable,
          attributes: r.sex === '' ? ({} as Record<string, string>) : { GES: r.sex },
          time: r.time,
          value: typeof r.value === 'string' ? null : r.value === 0 ? 0 : r.value,
          missingReason: typeof r.value === 'string' ? signs[r.value]! : null,
          text: lines[i]!.split(';')[13]!,
          unit: 'Anzahl',
          quality: r.quality === '' ? null : r.quality,
          confidential: false,
        }));
        expect(read).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
