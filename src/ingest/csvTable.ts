// Reads a comma-separated table with a header row; '#' lines are comments. Each record keeps its line number.
import { parse } from 'csv-parse/sync';
import { IngestError, readTextFile } from './errors.js';

export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

export function readCsvTable(file: string, requiredColumns: readonly string[]): CsvRecord[] {
  const text = readTextFile(file);
  return parseCsvTable(text, file, requiredColumns);
}

export function parseCsvTable(text: string, file: string, requiredColumns: readonly string[]): CsvRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: true,
      comment: '#',
      skip_empty_lines: true,
      info: true,
      bom: true,
      trim: true,
    });
  } catch (error) {
    const e = error as Error & { lines?: number; column?: string | number };
    throw new IngestError(file, e.lines ?? null, e.column === undefined ? null : String(e.column), e.message);
  }
  if (rows.length === 0) throw new IngestError(file, null, null, 'the table has no data rows');
  const header = Object.keys(rows[0]!.record);
  for (const column of requiredColumns) {
    if (!header.includes(column)) {
      throw new IngestError(file, headerLine(text), column, `missing column (found: ${header.join(', ')})`);
    }
  }
  return rows.map((row) => ({ line: row.info.lines, fields: row.record }));
}

function headerLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  return index + 1;
}

/** Parses a decimal number written with '.'; empty text is missing (null). */
export function parseNumberField(record: CsvRecord, field: string, file: string): number | null {
  const text = record.fields[field] ?? '';
  if (text === '') return null;
  const value = Number(text);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) || !Number.isFinite(value)) {
    throw new IngestError(file, record.line, field, `"${text}" is not a number`);
  }
  return value;
}
