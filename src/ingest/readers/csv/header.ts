// Finds the header of a table among its first rows and names its columns (multi-row headers joined).
import { IngestError } from '../../errors.js';
import { cellText, type GridRow } from './grid.js';

/** Headers that name a region key column when the mapping does not say which. */
export const KEY_HEADERS =
  /^(ags|ags8|ars|gkz|gemeindeschlüssel|gemeindekennziffer|regionalschlüssel|schlüssel|kennziffer|kreisschlüssel|gebietsschlüssel)$/i;

export interface HeaderOptions {
  /** Header text of the key column; default any of KEY_HEADERS. */
  keyColumn?: string;
  /** 1-based line of the last header row; default: the first row holding the key column's header. */
  headerRow?: number;
  /**
   * How many rows the header spans, ending with the row found; `auto`: also the rows right above it that have
   * text right of the key column (group labels of a multi-row header), not the key/value lines of a preamble.
   */
  headerRows?: number | 'auto';
  /** Carry a label in an upper header row to the right into empty cells (merged cells lost in CSV). */
  carryAcross?: boolean;
}

export interface Header {
  preamble: GridRow[];
  /** The rows after the header (the first data row may have been read already to see where the header ends). */
  rest: AsyncIterator<GridRow>;
  rows: GridRow[];
  /** Per column: the header parts top to bottom joined with " | " (empty when the column has no header). */
  names: string[];
  /** Per column: the lowest header text (the last header row's, or the one above it when a merge left it empty). */
  last: string[];
}

const SEARCH_LIMIT = 500;

/** Reads rows until the header; the rows above it are the preamble. */
export async function findHeader(
  file: string,
  rows: AsyncIterator<GridRow>,
  options: HeaderOptions,
): Promise<Header> {
  const seen: GridRow[] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const row = next.value;
    seen.push(row);
    if (isHeaderRow(row, options)) {
      const depth = options.headerRows === 'auto' ? autoDepth(seen, options) : (options.headerRows ?? 1);
      const start = Math.max(0, seen.length - depth);
      const headerRows = seen.slice(start);
      let rest = rows;
      if (options.headerRows === 'auto') {
        // a header merged over several rows: below the key header come rows with no key, only labels
        const key = keyIndex(row, options);
        for (;;) {
          const below = await rows.next();
          if (below.done) break;
          if (!continuesHeader(below.value, key, options)) {
            rest = pushBack(below.value, rows);
            break;
          }
          headerRows.push(below.value);
        }
      }
      return {
        preamble: seen.slice(0, start),
        rest,
        rows: headerRows,
        ...columnNames(headerRows, options.carryAcross ?? false),
      };
    }
    if (options.headerRow === undefined && seen.length >= SEARCH_LIMIT) break;
  }
  const what =
    options.headerRow !== undefined
      ? `the table has no line ${options.headerRow}`
      : `no header row with a column ${options.keyColumn === undefined ? 'named AGS, ARS, Regionalschlüssel or similar' : `"${options.keyColumn}"`} in the first ${Math.min(seen.length, SEARCH_LIMIT)} rows`;
  throw new IngestError(file, null, options.keyColumn ?? null, what);
}

function pushBack(row: GridRow, rows: AsyncIterator<GridRow>): AsyncIterator<GridRow> {
  let first: GridRow | undefined = row;
  return {
    next: async () => {
      if (first === undefined) return rows.next();
      const value = first;
      first = undefined;
      return { done: false, value };
    },
    return: async () => {
      await rows.return?.();
      return { done: true, value: undefined };
    },
  };
}

function continuesHeader(row: GridRow, key: number, options: HeaderOptions): boolean {
  const keyText = cellText(row.cells[key]);
  if (keyText !== '' && !isKeyHeader(keyText, options.keyColumn)) return false;
  const right = row.cells.slice(key + 1).map(cellText);
  return (
    right.some((t) => t !== '') &&
    row.cells.every((c) => typeof c !== 'number' && !looksLikeValue(cellText(c)))
  );
}

/** A number ("1.234", "12,5"), but not a date ("30.06.2024") or a year ("2024"), which headers hold too. */
function looksLikeValue(text: string): boolean {
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(text) || /^(19|20)\d{2}$/.test(text)) return false;
  return /^[-+]?\d[\d.,\s]*$/.test(text);
}

function keyIndex(row: GridRow, options: HeaderOptions): number {
  return row.cells.findIndex((cell) => isKeyHeader(cellText(cell), options.keyColumn));
}

function autoDepth(seen: GridRow[], options: HeaderOptions): number {
  const key = keyIndex(seen[seen.length - 1]!, options);
  let depth = 1;
  while (depth < seen.length) {
    const above = seen[seen.length - 1 - depth]!;
    if (!above.cells.some((cell, i) => i > key && cellText(cell) !== '')) break;
    depth++;
  }
  return depth;
}

function isHeaderRow(row: GridRow, options: HeaderOptions): boolean {
  if (options.headerRow !== undefined) return row.line === options.headerRow;
  return row.cells.some((cell) => isKeyHeader(cellText(cell), options.keyColumn));
}

export function isKeyHeader(text: string, keyColumn: string | undefined): boolean {
  const t = text.trim();
  return keyColumn === undefined ? KEY_HEADERS.test(t) : sameHeader(t, keyColumn);
}

export function sameHeader(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function columnNames(rows: GridRow[], carryAcross: boolean): { names: string[]; last: string[] } {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const grid = rows.map((row) => Array.from({ length: width }, (_, c) => cellText(row.cells[c])));
  if (carryAcross) {
    const last = grid[grid.length - 1]!;
    for (let r = 0; r < grid.length - 1; r++) {
      for (let c = 1; c < width; c++) {
        if (last[c] === '') continue; // only columns that have a header of their own
        const parentChanges = r > 0 && grid[r - 1]![c] !== grid[r - 1]![c - 1];
        if (grid[r]![c] === '' && !parentChanges) grid[r]![c] = grid[r]![c - 1]!;
      }
    }
  }
  const names = Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of grid) {
      const part = row[c]!;
      if (part !== '' && parts[parts.length - 1] !== part) parts.push(part);
    }
    return parts.join(' | ');
  });
  const last = Array.from({ length: width }, (_, c) => {
    for (let r = grid.length - 1; r >= 0; r--) if (grid[r]![c] !== '') return grid[r]![c]!;
    return '';
  });
  return { names, last };
}
