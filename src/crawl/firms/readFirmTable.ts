// Reads a firm list (CSV in UTF-8 or Windows-1252, any usual delimiter; or the first sheet of an XLSX) as rows of text cells.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { IngestError, unreadableFile } from '../../ingest/errors.js';
import { detectDelimiter } from '../../ingest/readers/csv/detectDelimiter.js';
import { readTextLines, type EncodingGuess } from '../../ingest/readers/decode.js';
import { openSheetRows } from '../../ingest/readers/xlsx/sheetRows.js';

export interface FirmTable {
  format: 'csv' | 'xlsx';
  /** `utf-8`, `windows-1252`, `ascii` (CSV) or `xlsx`. */
  encoding: string;
  headerLine: number;
  /** Column names as the file writes them (trimmed). */
  header: string[];
  rows: FirmTableRow[];
}

export interface FirmTableRow {
  line: number;
  cells: string[];
}

/** Reads the whole list: firm lists are small enough (100,000 firms are some 10 MB). */
export async function readFirmTable(file: string): Promise<FirmTable> {
  const head = await readHead(file);
  if (head.subarray(0, 2).equals(Buffer.from('PK')) || extname(file).toLowerCase() === '.xlsx') {
    return readXlsx(file);
  }
  checkTextBytes(file, head);
  return readCsv(file);
}

async function readHead(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadableFile(file, error);
  }
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** UTF-16 and binary files are not text tables this reader knows: say so instead of reading garbage. */
function checkTextBytes(file: string, head: Buffer): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new IngestError(
      file,
      1,
      null,
      'wrong encoding: the file is UTF-16; save it as UTF-8 (or Windows-1252) CSV',
    );
  }
  const nul = head.indexOf(0);
  if (nul >= 0) {
    const line = 1 + head.subarray(0, nul).filter((b) => b === 0x0a).length;
    throw new IngestError(
      file,
      line,
      null,
      'wrong encoding: the file contains NUL bytes (UTF-16 or not a text file); save it as UTF-8 CSV',
    );
  }
}

async function readCsv(file: string): Promise<FirmTable> {
  let encoding: EncodingGuess | undefined;
  const lines: string[] = [];
  for await (const batch of readTextLines(file, null, { onEncoding: (g) => (encoding = g) })) {
    for (const line of batch.lines) lines.push(line);
  }
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('#'));
  if (headerIndex < 0) throw new IngestError(file, null, null, 'the file is empty (no header row)');
  const delimiter = detectDelimiter(lines.slice(headerIndex, headerIndex + 50)) ?? ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(lines.join('\n'), {
      delimiter,
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new IngestError(file, e.lines ?? null, null, `not a readable CSV table: ${e.message}`);
  }
  const [header, ...rows] = records;
  return {
    format: 'csv',
    encoding: encoding?.encoding ?? 'ascii',
    headerLine: header!.info.lines,
    header: header!.record.map((h) => h.trim()),
    rows: rows.map((r) => ({ line: r.info.lines, cells: r.record })),
  };
}

async function readXlsx(file: string): Promise<FirmTable> {
  const sheet = await openSheetRows(file);
  let header: { line: number; cells: string[] } | undefined;
  const rows: FirmTableRow[] = [];
  for (let next = await sheet.rows.next(); !next.done; next = await sheet.rows.next()) {
    const cells = next.value.cells.map((c) => (c === null ? '' : String(c).trim()));
    if (cells.every((c) => c === '')) continue;
    if (header === undefined) header = { line: next.value.line, cells };
    else rows.push({ line: next.value.line, cells });
  }
  if (header === undefined) throw new IngestError(file, null, null, 'the sheet is empty (no header row)');
  return { format: 'xlsx', encoding: 'xlsx', headerLine: header.line, header: header.cells, rows };
}
