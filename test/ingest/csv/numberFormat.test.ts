import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/ingest/readers/csv/readCsv.js';
import {
  formatHint,
  GERMAN,
  parseFormatted,
  POINT,
  type NumberFormat,
} from '../../../src/ingest/readers/csv/numberFormat.js';
import { collect, tempFile } from './helpers.js';

/** Writes an integer part and decimals with the given separators, grouping thousands when asked. */
function write(integer: bigint, decimals: string, format: NumberFormat, group: boolean): string {
  const sign = integer < 0n ? '-' : '';
  let digits = (integer < 0n ? -integer : integer).toString();
  if (group && format.thousands !== '') digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, format.thousands);
  return `${sign}${digits}${decimals === '' ? '' : format.decimal + decimals}`;
}

const number = fc.record({
  integer: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  decimals: fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), maxLength: 4 }),
  group: fc.boolean(),
});
const value = (n: { integer: bigint; decimals: string }) =>
  Number(`${n.integer}${n.decimals === '' ? '' : `.${n.decimals}`}`);

describe('number formats (properties)', () => {
  it('parses what it writes, in the German, the point and the blank-grouped format', () => {
    const formats: NumberFormat[] = [
      GERMAN,
      POINT,
      { decimal: ',', thousands: ' ' },
      { decimal: '.', thousands: '' },
    ];
    fc.assert(
      fc.property(number, fc.constantFrom(...formats), (n, format) => {
        const text = write(n.integer, n.decimals, format, n.group);
        const expected = value(n);
        expect(parseFormatted(text, format)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });

  it('never reads a German number as a point number or the other way round', () => {
    fc.assert(
      fc.property(number, (n) => {
        expect(['de', 'either']).toContain(formatHint(write(n.integer, n.decimals, GERMAN, n.group)));
        expect(['en', 'either']).toContain(formatHint(write(n.integer, n.decimals, POINT, n.group)));
      }),
    );
  });

  it('reads back through a whole CSV file: a German and a point column side by side', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(number, number), { minLength: 1, maxLength: 20 }), async (rows) => {
        // the first row tells the columns apart: 0,5 can only be German, 0.5 only a point number
        const lines = rows.map(
          ([a, b], i) =>
            `"${String(5913001 + i).padStart(8, '0')}";"${write(a.integer, a.decimals, GERMAN, a.group)}";"${write(b.integer, b.decimals, POINT, b.group)}"`,
        );
        const file = tempFile('prop.csv', `AGS;de;en\n"05913000";"0,5";"0.5"\n${lines.join('\n')}\n`);
        const obs = await collect((await readCsv(file)).observations);
        const column = (name: string) => obs.filter((o) => o.variable === name).map((o) => o.value);
        expect(column('de')).toEqual([0.5, ...rows.map(([a]) => value(a) || 0)]);
        expect(column('en')).toEqual([0.5, ...rows.map(([, b]) => value(b) || 0)]);
      }),
      { numRuns: 40 },
    );
  });
});
