// Reads one of COINr's two tables as R writes them (write.csv): a header row, quoted text, NA for missing.
import { parse } from 'csv-parse/sync';
import { IngestError, readTextFile } from '../errors.js';

export interface CoinrRow {
  line: number;
  cells: readonly string[];
}

export interface CoinrTable {
  file: string;
  header: readonly string[];
  headerLine: number;
  rows: CoinrRow[];
}

/** Cells stay text: codes keep their leading zeros; numbers are parsed by the column that needs them. */
export function readCoinrTable(file: string): CoinrTable {
  const text = readTextFile(file);
  return parseCoinrTable(text, file);
}

export function parseCoinrTable(text: string, file: string): CoinrTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new IngestError(file, e.lines ?? null, null, e.message);
  }
  const [head, ...body] = records;
  if (!head) throw new IngestError(file, null, null, 'the file is empty');
  if (body.length === 0) throw new IngestError(file, head.info.lines, null, 'the table has no data rows');
  // write.csv without row.names = FALSE adds an unnamed first column of row numbers: drop it.
  const skip = head.record[0] === '' ? 1 : 0;
  const header = head.record.slice(skip);
  checkHeader(header, file, head.info.lines);
  return {
    file,
    header,
    headerLine: head.info.lines,
    rows: body.map(({ record, info }) => ({ line: info.lines, cells: record.slice(skip) })),
  };
}

function checkHeader(header: readonly string[], file: string, line: number): void {
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    if (name === '') throw new IngestError(file, line, `#${i + 1}`, 'a column has no name');
    if (seen.has(name)) throw new IngestError(file, line, name, 'the column name appears twice');
    seen.add(name);
  }
}

/** R's missing value: NA, or an empty cell. */
export function isMissing(text: string): boolean {
  return text === '' || text === 'NA';
}

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A number as R writes it (NA, NaN, Inf, -Inf included); NaN for missing, null when the text is no number. */
export function parseRNumber(text: string): number | null {
  if (isMissing(text) || text === 'NaN') return Number.NaN;
  if (text === 'Inf' || text === '-Inf') return text === 'Inf' ? Infinity : -Infinity;
  return DECIMAL.test(text) ? Number(text) : null;
}
