// The layout of a classic GENESIS table: which columns are keys (time, region, categories), and each value column's variable, unit, time and region.
import { IngestError } from '../../errors.js';
import { isUnit, type TitleLines } from './classicTitle.js';
import { namedRegionKey, REGION_KEY } from './regions.js';
import type { TextRecord } from './records.js';
import { genesisTime } from './time.js';

export interface ValueColumn {
  /** 0-based cell index. */
  index: number;
  variable: string;
  unit: string | null;
  time: string | null;
  region: { key: string; label: string } | null;
}

export interface ClassicLayout {
  /** How many leading columns hold keys (time, region key and name, categories). */
  keyColumns: number;
  timeColumn: number;
  regionColumn: number;
  labelColumn: number;
  /** Key columns holding categories (e.g. the age group): attribute `col<n>` (1-based column number). */
  attributeColumns: number[];
  columns: ValueColumn[];
  /** Where the header rows start and end (for messages). */
  headerLines: [number, number];
}

const TIME_LABELS = new Set([
  'Stichtag',
  'Stichtage',
  'Jahr',
  'Jahre',
  'Zeit',
  'Berichtsjahr',
  'Jahressumme',
]);

/** True for a record of the lines above the table that holds one text (title, date, measure, region). */
export function isTitleRecord(cells: readonly string[]): boolean {
  return cells[0]!.trim() !== '' && cells.every((c, i) => i === 0 || c.trim() === '');
}

/** True for a column header row: the first cell empty, some other cell not. */
export function isHeaderRecord(cells: readonly string[]): boolean {
  return cells[0]!.trim() === '' && cells.some((c) => c.trim() !== '');
}

/**
 * Works out the layout from the header rows and the first data row.
 *
 * - Key columns: as many leading columns as every header row leaves empty.
 * - Merged header cells: an empty header cell takes the text of its left neighbour when every row above has the
 *   same text in both columns (a cell merged across columns in a spreadsheet); otherwise an empty cell means
 *   "no further breakdown" (GENESIS itself repeats merged texts in every column).
 * - Header rows whose cells are all dates or years give each column its time; a row just above one of them that
 *   only says "Stichtag"/"Jahr" is dropped. A row of region names (Deutschland, the Länder) gives each column
 *   its region. The last header row, when it holds only units ("Anzahl", "qkm"), gives each column its unit.
 * - `variable` = the measure of the title lines (e.g. "Bevölkerungsstand" of "Bevölkerungsstand (Anzahl)") followed
 *   by the other header rows' texts from top to bottom, empty ones left out and a text repeating the one above
 *   left out, joined by "|": e.g. "Bevölkerungsstand|Insgesamt", "Gewerbeanmeldungen|Neuerrichtungen|Betriebsgründungen".
 * - In the first data row, the first key cell holding a date or year is the time column; the first holding a
 *   region key (DG or 2–12 digits) is the region column and the next key column its name; other key columns
 *   are categories.
 */
export function classicLayout(
  file: string,
  titles: TitleLines,
  headers: readonly TextRecord[],
  first: TextRecord,
): ClassicLayout {
  if (headers.length === 0) {
    throw new IngestError(file, first.line, null, 'no column header rows above the first data row');
  }
  const headerLines: [number, number] = [headers[0]!.line, headers[headers.length - 1]!.line];
  const rows = headers.map((h) => h.cells.map((c) => c.trim()));
  const keyColumns = Math.min(...rows.map((r) => r.findIndex((c) => c !== '')));
  const width = Math.max(...rows.map((r) => r.findLastIndex((c) => c !== '') + 1));
  for (const row of rows) while (row.length < width) row.push('');
  fillMerged(rows, keyColumns, width);

  const isTimeRow = (row: string[]): boolean =>
    row.slice(keyColumns).some((c) => c !== '') &&
    row.slice(keyColumns).every((c) => c === '' || genesisTime(c) !== undefined);
  const timeRow = rows.findIndex(isTimeRow);
  const dropped = new Set<number>();
  if (timeRow >= 0) {
    dropped.add(timeRow);
    const above = rows[timeRow - 1];
    if (above && above.slice(keyColumns).every((c) => c === '' || TIME_LABELS.has(c)))
      dropped.add(timeRow - 1);
  }
  const regionRow = rows.findIndex(
    (row, r) =>
      !dropped.has(r) &&
      row.slice(keyColumns).every((c) => c === '' || namedRegionKey(c) !== undefined) &&
      row.slice(keyColumns).some((c) => c !== ''),
  );
  if (regionRow >= 0) dropped.add(regionRow);
  let unitRow = -1;
  for (let r = rows.length - 1; r >= 0; r--) {
    if (dropped.has(r)) continue;
    const cells = rows[r]!.slice(keyColumns);
    if (cells.some((c) => c !== '') && cells.every((c) => c === '' || isUnit(c))) unitRow = r;
    break;
  }
  if (unitRow >= 0) dropped.add(unitRow);

  const columns: ValueColumn[] = [];
  const seen = new Map<string, number>();
  for (let c = keyColumns; c < width; c++) {
    const path: string[] = titles.measure ? [titles.measure.name] : [];
    rows.forEach((row, r) => {
      const text = row[c]!;
      if (dropped.has(r) || text === '' || text === path[path.length - 1]) return;
      path.push(text);
    });
    if (path.length === 0)
      throw new IngestError(file, headerLines[0], `column ${c + 1}`, 'the column has no header');
    const timeText = timeRow >= 0 ? rows[timeRow]![c]! : '';
    const regionName = regionRow >= 0 ? rows[regionRow]![c]! : '';
    const column: ValueColumn = {
      index: c,
      variable: path.join('|'),
      unit: (unitRow >= 0 ? rows[unitRow]![c]! : '') || (titles.measure?.unit ?? null),
      time: timeText === '' ? null : genesisTime(timeText)!,
      region: regionName === '' ? null : { key: namedRegionKey(regionName)!, label: regionName },
    };
    const identity = `${column.variable}\u0000${column.time}\u0000${column.region?.key}`;
    const twin = seen.get(identity);
    if (twin !== undefined) {
      throw new IngestError(
        file,
        headerLines[0],
        `column ${c + 1}`,
        `the same header as column ${twin + 1} ("${column.variable}"${column.time ? `, ${column.time}` : ''})`,
      );
    }
    seen.set(identity, c);
    columns.push(column);
  }

  const keys = first.cells.slice(0, keyColumns).map((c) => c.trim());
  let timeColumn = -1;
  let regionColumn = -1;
  let labelColumn = -1;
  const attributeColumns: number[] = [];
  keys.forEach((text, k) => {
    if (k === labelColumn) return;
    if (timeColumn < 0 && genesisTime(text) !== undefined) timeColumn = k;
    else if (regionColumn < 0 && REGION_KEY.test(text)) {
      regionColumn = k;
      if (k + 1 < keyColumns) labelColumn = k + 1;
    } else attributeColumns.push(k);
  });
  if (timeColumn < 0 && timeRow < 0 && titles.time === null) {
    throw new IngestError(
      file,
      first.line,
      null,
      'no reference time: neither a date or year column, nor a header row of dates, nor a date line above the header',
    );
  }
  if (regionColumn < 0 && regionRow < 0 && titles.region === null) {
    throw new IngestError(
      file,
      first.line,
      null,
      'no region: neither a region key column, nor a header row of region names, nor a region line above the header',
    );
  }
  return { keyColumns, timeColumn, regionColumn, labelColumn, attributeColumns, columns, headerLines };
}

function fillMerged(rows: string[][], from: number, width: number): void {
  rows.forEach((row, r) => {
    for (let c = from + 1; c < width; c++) {
      if (row[c] !== '' || row[c - 1] === '') continue;
      let sameParents = true;
      for (let p = 0; p < r && sameParents; p++) sameParents = rows[p]![c] === rows[p]![c - 1];
      if (sameParents) row[c] = row[c - 1]!;
    }
  });
}
