import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { csvRecords } from '../../../src/ingest/project/csvRecords.js';

const cells = (text: string) => csvRecords(text, 'data.csv').map((r) => r.cells);

describe('csvRecords', () => {
  it('splits plain and quoted cells, keeps empty cells, skips empty lines and a BOM', () => {
    expect(cells('\ufeffa,b,c\r\n1,,"x, ""y"""\n\n"multi\nline",2,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', 'x, "y"'],
      ['multi\nline', '2', ''],
    ]);
  });

  it('numbers each record by the line it starts on', () => {
    expect(csvRecords('a\n"b\nc"\n\nd', 'f').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('names the line of an unclosed quote or of text after a closing quote', () => {
    expect(() => csvRecords('a\n"open,1\n', 'f')).toThrow(IngestError);
    expect(() => csvRecords('a\n"x"y,1\n', 'f')).toThrow(/f:2: text after a closing quote/);
  });

  it('agrees with csv-parse on any table of text cells written with quotes where needed', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', ' ', 'é', '.') });
    const quote = (c: string) => (/[",\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => [...r, ...Array(width).fill('x')].slice(0, width));
          const text = table.map((r) => r.map(quote).join(',')).join('\n') + '\n';
          expect(cells(text)).toEqual(parse(text));
        },
      ),
    );
  });
});
