// The user's postcode table (postcode → AGS, one row per pair; a postcode may span several municipalities).
import { parse } from 'csv-parse/sync';
import { IngestError } from '../../ingest/errors.js';
import { parseRegionKey } from '../../ingest/keys/index.js';
import { detectDelimiter } from '../../ingest/readers/csv/detectDelimiter.js';
import { readTextLines } from '../../ingest/readers/decode.js';

/** Postcode (5 digits) → the AGS of the municipalities it lies in. */
export type PostcodeTable = ReadonlyMap<string, ReadonlySet<string>>;

const POSTCODE_COLUMNS = ['postcode', 'plz'];
const AGS_COLUMNS = ['ags', 'gemeindeschluessel', 'ags_gemeinde'];

/**
 * Reads a CSV with a postcode column (`postcode` or `plz`) and an AGS column (`ags`); other columns are
 * ignored. A postcode that lost its leading zero (4 digits) is padded; a bad postcode or AGS is an error
 * naming its line.
 */
export async function readPostcodeTable(file: string): Promise<PostcodeTable> {
  const lines: string[] = [];
  for await (const batch of readTextLines(file)) for (const line of batch.lines) lines.push(line);
  const records = parse(lines.join('\n'), {
    delimiter: detectDelimiter(lines.slice(0, 50)) ?? ',',
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...rows] = records;
  if (!header) throw new IngestError(file, null, null, 'the postcode table is empty');
  const names = header.record.map((h) => h.toLowerCase());
  const postcodeAt = names.findIndex((n) => POSTCODE_COLUMNS.includes(n));
  const agsAt = names.findIndex((n) => AGS_COLUMNS.includes(n));
  if (postcodeAt < 0 || agsAt < 0) {
    throw new IngestError(
      file,
      header.info.lines,
      postcodeAt < 0 ? 'postcode' : 'ags',
      `missing column (a postcode table needs "postcode" and "ags"; found: ${header.record.join(', ')})`,
    );
  }
  const table = new Map<string, Set<string>>();
  for (const { record, info } of rows) {
    const postcode = normalisePostcode(record[postcodeAt] ?? '');
    if (postcode === null) {
      throw new IngestError(file, info.lines, 'postcode', `"${record[postcodeAt] ?? ''}" is not a postcode`);
    }
    const key = parseRegionKey(record[agsAt] ?? '');
    if (!key.ok) throw new IngestError(file, info.lines, 'ags', key.reason);
    let set = table.get(postcode);
    if (!set) table.set(postcode, (set = new Set()));
    set.add(key.ags);
  }
  return table;
}

/** Five digits (four when a spreadsheet dropped the leading zero); anything else is null. */
export function normalisePostcode(text: string): string | null {
  const t = text.trim().replace(/^D-/i, '');
  if (/^\d{5}$/.test(t)) return t;
  if (/^\d{4}$/.test(t)) return `0${t}`;
  return null;
}
