// Semicolon-separated records from text lines: a fast split for plain lines, quote handling (with "" escapes and line breaks inside quotes) where needed.
import { IngestError } from '../../errors.js';
import type { LineBatch } from '../decode.js';

export interface TextRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
}

/**
 * Splits one line into cells. A cell that starts with `"` is quoted (`""` is a literal quote). Returns null
 * when a quoted cell is still open at the end of the line (it continues on the next line).
 */
export function splitLine(line: string, delimiter = ';'): string[] | null {
  if (!line.includes('"')) return line.split(delimiter);
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) return null;
        cell += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // text between the closing quote and the delimiter is kept as it is (lenient)
      const end = line.indexOf(delimiter, i);
      cells.push(cell + (end < 0 ? line.slice(i) : line.slice(i, end)));
      if (end < 0) return cells;
      i = end + 1;
    } else {
      const end = line.indexOf(delimiter, i);
      if (end < 0) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
}

/** Turns batches of lines into batches of records; a quoted cell may span lines (footnotes do). */
export async function* readRecords(
  file: string,
  batches: AsyncIterable<LineBatch>,
): AsyncGenerator<TextRecord[]> {
  let open: { line: number; text: string } | null = null;
  for await (const batch of batches) {
    const records: TextRecord[] = [];
    for (let k = 0; k < batch.lines.length; k++) {
      const lineNumber = batch.first + k;
      const text: string = open === null ? batch.lines[k]! : `${open.text}\n${batch.lines[k]!}`;
      const start: number = open === null ? lineNumber : open.line;
      const cells = splitLine(text);
      if (cells === null) {
        open = { line: start, text };
        continue;
      }
      open = null;
      records.push({ line: start, cells });
    }
    if (records.length > 0) yield records;
  }
  if (open !== null)
    throw new IngestError(file, open.line, null, 'a quoted cell is not closed before the end of the file');
}
