// The common ground of text and spreadsheet tables: rows of cells located by line, and the table a reader returns.
import type { SourceTable } from '../types.js';
import type { NumberFormat } from './numberFormat.js';
import type { SkipTally } from './skipTally.js';

/** A cell as a source gives it: text (CSV, spreadsheet text), a number (spreadsheet) or nothing. */
export type Cell = string | number | null;

export interface GridRow {
  /** 1-based line (text) or row (spreadsheet). */
  line: number;
  cells: Cell[];
}

/** Rows of a table file, before its header is known. */
export interface GridSource {
  file: string;
  format: string;
  encoding: string;
  rows: AsyncIterator<GridRow>;
  /** How observations name a column: its header (text files) or its letter (spreadsheets). */
  columnLabel(index: number, header: string): string;
  /** The number format of text cells when neither the mapping nor the cells decide it. */
  fallbackFormat: NumberFormat;
}

/** A table as this project's readers return it: the common SourceTable, plus what was left out and why. */
export interface ReadTable extends SourceTable {
  /** Filled while the observations are read. */
  skipped: SkipTally;
  /** Key/value lines found above the table (BA metadata block, titles). */
  properties: Readonly<Record<string, string>>;
  /** The value columns: label (header or letter) and variable name. */
  columns: readonly { label: string; variable: string }[];
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((c) => cellText(c) === '');
}
