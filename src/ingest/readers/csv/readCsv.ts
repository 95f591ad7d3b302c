// The generic delimited-text reader: any table with a region key column, in wide or long form.
import { IngestError } from '../../errors.js';
import type { Delimiter } from './detectDelimiter.js';
import type { ReadTable } from './grid.js';
import { openGridTable, type GridTableOptions } from './gridTable.js';
import { GERMAN, POINT } from './numberFormat.js';
import { openTextRows } from './textRows.js';

export interface CsvOptions extends GridTableOptions {
  delimiter?: Delimiter;
  encoding?: string;
  /** Bytes to read instead of the file. */
  source?: AsyncIterable<Uint8Array>;
  /** Metadata of the table, as far as the caller knows it. */
  title?: string;
  publisher?: string;
  tableCode?: string;
  format?: string;
}

/**
 * Opens a delimited text table: encoding (UTF-8 with or without BOM, else Windows-1252; or declared),
 * delimiter (`;`, `,`, tab, `|`; detected or declared), quoting, then the header (found by its key column) and
 * the observations. Number formats are decided per column from the first rows: a column mixing "1.234,5" and
 * "1,234.5" is rejected with the line; where the cells do not tell, the columns that do decide, else the
 * delimiter (`,` → decimal point, otherwise decimal comma), unless `decimal`/`thousands` are declared.
 */
export async function readCsv(file: string, options: CsvOptions = {}): Promise<ReadTable> {
  checkSeparators(file, options);
  const text = await openTextRows(file, options);
  const fallbackFormat = text.delimiter === ',' ? POINT : GERMAN;
  const table = await openGridTable(
    {
      file,
      format: options.format ?? 'csv',
      encoding: text.encoding(),
      rows: text.rows,
      columnLabel: (_index, header) => header,
      fallbackFormat,
    },
    options,
  );
  const properties = preambleProperties(
    table.header.preamble.map((row) => row.cells.map((c) => String(c ?? '').trim())),
  );
  return {
    metadata: {
      format: options.format ?? 'csv',
      tableCode: options.tableCode ?? null,
      title: options.title ?? null,
      publisher: options.publisher ?? null,
      get encoding() {
        return text.encoding();
      },
    },
    observations: table.observations,
    skipped: table.skipped,
    properties,
    columns: table.columns,
  };
}

/** Key/value lines above a table ("Land";"Nordrhein-Westfalen"): the first cell names, the next holds the value. */
export function preambleProperties(rows: string[][]): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const cells of rows) {
    const [name, ...rest] = cells;
    const value = rest.filter((c) => c !== '').join(' ');
    if (name === undefined || name === '' || value === '') continue;
    properties[name.replace(/:$/, '').trim()] = value;
  }
  return properties;
}

function checkSeparators(file: string, options: CsvOptions): void {
  if (options.decimal !== undefined && options.decimal === options.thousands) {
    throw new IngestError(
      file,
      null,
      'thousands',
      `the thousands separator cannot be the decimal separator "${options.decimal}"`,
    );
  }
  if (options.delimiter !== undefined && options.delimiter === options.decimal) {
    throw new IngestError(
      file,
      null,
      'decimal',
      `the decimal separator cannot be the delimiter "${options.delimiter}"`,
    );
  }
}
