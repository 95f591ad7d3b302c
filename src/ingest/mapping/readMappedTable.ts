// Opens a table with the reader a mapping names (or the file's extension suggests), passing the mapping's table options.
import { extname } from 'node:path';
import { IngestError } from '../errors.js';
import { readBa } from '../readers/ba/readBa.js';
import { readBroadband } from '../readers/broadband/readBroadband.js';
import type { ReadTable } from '../readers/csv/grid.js';
import { readCsv } from '../readers/csv/readCsv.js';
import { readXlsx } from '../readers/xlsx/readXlsx.js';
import type { Mapping } from './schema.js';

/** Formats this module reads; GENESIS exports have readers of their own. */
export const TABLE_FORMATS = ['csv', 'xlsx', 'ba', 'broadband'] as const;

export async function readMappedTable(
  file: string,
  mapping: Mapping,
  mappingFile = '(mapping)',
): Promise<ReadTable> {
  const format = mapping.format ?? (extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');
  const t = mapping.table;
  const meta = {
    title: mapping.source.title,
    publisher: mapping.source.publisher,
    tableCode: mapping.source.table,
  };
  const time = t.time;
  switch (format) {
    case 'csv':
      return readCsv(file, { ...t, ...meta });
    case 'xlsx':
      return readXlsx(file, { ...t, ...meta });
    case 'ba':
      return readBa(file, {
        keyColumn: t.keyColumn,
        headerRows: t.headerRows,
        sheet: t.sheet,
        time,
        delimiter: t.delimiter,
        encoding: t.encoding,
        decimal: t.decimal,
        thousands: t.thousands,
        valueColumns: t.valueColumns,
      });
    case 'broadband':
      return readBroadband(file, {
        sheet: t.sheet,
        time,
        delimiter: t.delimiter,
        encoding: t.encoding,
        decimal: t.decimal,
        thousands: t.thousands,
      });
    default:
      throw new IngestError(
        mappingFile,
        null,
        'format',
        `"${format}" is not a table format of this reader (${TABLE_FORMATS.join(', ')})`,
      );
  }
}
