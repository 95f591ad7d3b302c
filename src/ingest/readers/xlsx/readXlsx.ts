// The generic XLSX reader: one sheet of a workbook, a region key column, wide or long form.
import type { ReadTable } from '../csv/grid.js';
import { openGridTable, type GridTableOptions } from '../csv/gridTable.js';
import { GERMAN } from '../csv/numberFormat.js';
import { preambleProperties } from '../csv/readCsv.js';
import { columnLetter, openSheetRows } from './sheetRows.js';

export interface XlsxOptions extends GridTableOptions {
  sheet?: string | number;
  title?: string;
  publisher?: string;
  tableCode?: string;
  format?: string;
}

/**
 * Opens a sheet as a table. Number cells are read as they are; text cells that hold numbers are parsed per
 * column as in CSV (German format unless the cells or the mapping say otherwise). Formulas are rejected with
 * the cell address. The sheet is streamed, so merged cells arrive as their top-left cell and empty ones: a
 * header label merged across columns is carried across them (carryAcross), one merged down is found in the
 * rows below it; observations name columns by letter.
 */
export async function readXlsx(file: string, options: XlsxOptions = {}): Promise<ReadTable> {
  const sheet = await openSheetRows(file, options.sheet);
  const table = await openGridTable(
    {
      file,
      format: options.format ?? 'xlsx',
      encoding: 'xlsx',
      rows: sheet.rows,
      columnLabel: (index) => columnLetter(index),
      fallbackFormat: GERMAN,
    },
    { carryAcross: true, ...options },
  );
  return {
    metadata: {
      format: options.format ?? 'xlsx',
      tableCode: options.tableCode ?? null,
      title: options.title ?? sheet.sheet,
      publisher: options.publisher ?? null,
      encoding: 'xlsx',
    },
    observations: table.observations,
    skipped: table.skipped,
    properties: {
      sheet: sheet.sheet,
      ...preambleProperties(table.header.preamble.map((row) => row.cells.map((c) => String(c ?? '').trim()))),
    },
    columns: table.columns,
  };
}
