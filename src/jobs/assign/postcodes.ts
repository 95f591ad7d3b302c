// Reads the user's postcode table (postcode → municipality key), one pair per row.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AdFileError } from '../errors.js';
import { detectDelimiter } from '../read/csv.js';
import type { AdProblem } from '../types.js';

export interface PostcodeRow {
  postcode: string;
  ags: string;
}

const POSTCODE_COLUMNS = ['postcode', 'plz'];
const AGS_COLUMNS = ['ags', 'gemeindeschluessel', 'municipality', 'code'];

/**
 * A CSV file (comma, semicolon or tab) with a header naming a postcode column (`postcode` or `plz`) and a
 * municipality column (`ags`, `gemeindeschluessel`, `municipality` or `code`; 8 digits, a 12-digit regional key
 * is shortened to its AGS). A postcode may appear with several municipalities (it is then shared). A
 * malformed row rejects the file with every problem listed.
 */
export function readPostcodeTable(file: string): PostcodeRow[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const problems: AdProblem[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text.split('\n')[0] ?? ''),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const { lines } = error as { lines?: number };
    throw new AdFileError(
      file,
      [{ line: lines ?? 1, field: null, reason: `not valid CSV: ${(error as Error).message}` }],
      1,
    );
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const p = header.findIndex((h) => POSTCODE_COLUMNS.includes(h));
  const a = header.findIndex((h) => AGS_COLUMNS.includes(h));
  if (p < 0 || a < 0) {
    throw new AdFileError(
      file,
      [
        {
          line: 1,
          field: p < 0 ? 'postcode' : 'ags',
          reason: `the header needs a postcode column (${POSTCODE_COLUMNS.join(' or ')}) and a municipality column (${AGS_COLUMNS.join(', ')})`,
        },
      ],
      1,
    );
  }
  const lineOf = lineNumbers(text);
  const rows: PostcodeRow[] = [];
  records.slice(1).forEach((record, i) => {
    const line = lineOf[i + 1] ?? i + 2;
    const postcode = (record[p] ?? '').trim();
    const key = (record[a] ?? '').trim().replace(/\s/g, '');
    if (!/^\d{5}$/.test(postcode))
      problems.push({ line, field: header[p]!, reason: `"${postcode}" is not a postcode (five digits)` });
    const ags = /^\d{12}$/.test(key) ? key.slice(0, 5) + key.slice(9) : key;
    if (!/^\d{8}$/.test(ags))
      problems.push({
        line,
        field: header[a]!,
        reason: `"${key}" is not a municipality key (8 digits, or a 12-digit ARS)`,
      });
    rows.push({ postcode, ags });
  });
  if (problems.length > 0) throw new AdFileError(file, problems, problems.length);
  return rows;
}

/** The line each non-empty line's record starts on (postcode tables have no multi-line cells). */
function lineNumbers(text: string): number[] {
  const out: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (l.trim() !== '') out.push(i + 1);
  });
  return out;
}

/** Postcode → codes. */
export function postcodeMap(rows: readonly PostcodeRow[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) {
    const codes = map.get(row.postcode) ?? [];
    if (!codes.includes(row.ags)) codes.push(row.ags);
    map.set(row.postcode, codes);
  }
  return map;
}
