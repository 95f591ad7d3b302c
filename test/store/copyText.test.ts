// COPY text as copyLines writes it: read back by PostgreSQL's rules, every row comes back as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyLines, type CopyField } from '../../src/store/postgres/copy.js';

/** The escapes copyLines may write (PostgreSQL reads more; any other is a mistake of the writer here). */
const ESCAPED: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

/** Reads COPY text (format text, default delimiter and NULL) as PostgreSQL does: lines, fields, escapes. */
function readCopyText(bytes: Buffer): (string | null)[][] {
  const text = bytes.toString('utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  // A carriage return in the data must be escaped (PostgreSQL would take it for a line end).
  expect(text).not.toContain('\r');
  const lines = text === '' ? [] : text.slice(0, -1).split('\n');
  return lines.map((line) =>
    line.split('\t').map((field) =>
      field === '\\N'
        ? null
        : field.replace(/\\(.?)/gs, (_, c: string) => {
            const unescaped = ESCAPED[c];
            if (unescaped === undefined)
              throw new Error(`unexpected escape \\${JSON.stringify(c)} in ${line}`);
            return unescaped;
          }),
    ),
  );
}

const field = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('\\', '\t', '\n', '\r', 'N', '.', 'a', 'ß', '😀', '\u0001') }),
  fc.double(),
  fc.integer(),
  fc.constant(null),
);

describe('copyLines', () => {
  it('writes rows that read back field by field (numbers as their shortest text)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const expected = rows.map((row) =>
          row.map((f: CopyField) => (f === null ? null : typeof f === 'number' ? String(f) : f)),
        );
        // Lone surrogates cannot be UTF-8: the encoder writes U+FFFD, as Buffer.from(text) does.
        const wellFormed = expected.map((row) =>
          row.map((f) => (f === null ? null : f.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))),
        );
        expect(readCopyText(copyLines(rows))).toEqual(wellFormed);
      }),
      { numRuns: 500 },
    );
  });

  it('gives separate results for successive calls (its buffer is reused) and grows for a large batch', () => {
    const long = 'x'.repeat(100_000);
    const first = copyLines([['a', 1, null]]);
    const large = copyLines([[long, 'ä'.repeat(50_000)]]);
    const last = copyLines([['b\tc', -0]]);
    expect(first.toString()).toBe('a\t1\t\\N\n');
    expect(large.toString()).toBe(`${long}\t${'ä'.repeat(50_000)}\n`);
    expect(last.toString()).toBe('b\\tc\t0\n');
  });
});
