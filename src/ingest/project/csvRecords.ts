// Splits CSV text (RFC 4180: "" escapes a quote; quoted cells may hold commas and line breaks) into records.
import { IngestError } from '../errors.js';

export interface CsvLine {
  /** Line of the record's first character (1-based). */
  line: number;
  cells: string[];
}

/** Small and quick, for the files this program writes itself; empty lines are skipped, a BOM is dropped. */
export function csvRecords(text: string, file: string): CsvLine[] {
  const records: CsvLine[] = [];
  let line = 1;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell: string;
      if (text[at] === '"') {
        ({ cell, at, line } = quotedCell(text, at + 1, line, file));
      } else {
        let end = at;
        while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end++;
        cell = text.slice(at, end);
        at = end;
      }
      cells.push(cell);
      if (text[at] !== ',') break;
      at++;
    }
    if (at < text.length && text[at] !== '\n' && text[at] !== '\r') {
      throw new IngestError(file, line, null, 'text after a closing quote: quote the whole cell');
    }
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    line++;
    if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
  }
  return records;
}

function quotedCell(
  text: string,
  from: number,
  line: number,
  file: string,
): { cell: string; at: number; line: number } {
  let cell = '';
  let at = from;
  const startLine = line;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) throw new IngestError(file, startLine, null, 'a quoted cell has no closing quote');
    const piece = text.slice(at, quote);
    cell += piece;
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) line++;
    if (text[quote + 1] !== '"') return { cell, at: quote + 1, line };
    cell += '"';
    at = quote + 2;
  }
}
