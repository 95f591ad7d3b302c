// Streams one worksheet of an XLSX file as rows of plain cells; formulas are rejected with their cell address.
import type ExcelJS from 'exceljs';
import { IngestError } from '../../errors.js';
import { readHead } from '../genesis/sample.js';
import type { Cell, GridRow } from '../csv/grid.js';

export interface SheetRows {
  sheet: string;
  rows: AsyncIterator<GridRow>;
}

/**
 * Streams one sheet (by name or 1-based position; default the first) without loading the workbook: the
 * sheets before it are read past, the rows of the sheet are given out as they are parsed, rows missing from
 * the file as empty rows. A streamed sheet does not know its merged ranges: the cells a merge covers are
 * empty, and the header reader carries labels across and down instead.
 */
export async function openSheetRows(file: string, sheet?: string | number): Promise<SheetRows> {
  await checkMagic(file);
  excel ??= (await import('exceljs')).default;
  const reader = new excel.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]();
  const seen: string[] = [];
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const worksheet = next.value;
      const name = (worksheet as unknown as { name?: string }).name ?? `sheet ${seen.length + 1}`;
      seen.push(name);
      const wanted =
        sheet === undefined ||
        (typeof sheet === 'number'
          ? seen.length === sheet
          : name.trim().toLowerCase() === sheet.trim().toLowerCase());
      if (wanted) return { sheet: name, rows: sheetRows(file, worksheet, sheets) };
      for await (const row of worksheet) void row; // read past a sheet before the one asked for
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, null, null, `cannot read the workbook (${(error as Error).message})`);
  }
  throw new IngestError(
    file,
    null,
    'sheet',
    `no sheet ${typeof sheet === 'number' ? `number ${sheet}` : `"${sheet}"`} (sheets: ${seen.join(', ') || 'none'})`,
  );
}

async function checkMagic(file: string): Promise<void> {
  const magic = Buffer.from(await readHead(file, 8));
  if (magic.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new IngestError(
      file,
      null,
      null,
      'an old Excel .xls (BIFF) file: save it as .xlsx (or export CSV)',
    );
  }
  if (!magic.subarray(0, 2).equals(Buffer.from('PK'))) {
    throw new IngestError(file, null, null, 'not an XLSX file (an XLSX file is a ZIP archive)');
  }
}

async function* sheetRows(
  file: string,
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  rest: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>,
): AsyncGenerator<GridRow> {
  let line = 0;
  try {
    for await (const row of worksheet) {
      while (++line < row.number) yield { line, cells: [] };
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        while (cells.length < column - 1) cells.push(null);
        cells.push(plainCell(file, cell));
      });
      yield { line: row.number, cells };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(file, line || null, null, `cannot read the workbook (${(error as Error).message})`);
  } finally {
    await drain(rest);
  }
}

/**
 * Reads past the sheets after the one asked for. exceljs spools sheets that come before the shared strings in
 * the archive to temporary files and deletes each only when the reader moves past it, so stopping early would
 * leave them behind. The raw bytes of a sheet are skipped without parsing its rows where the reader allows.
 */
async function drain(rest: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>): Promise<void> {
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    const raw = (next.value as unknown as { iterator?: AsyncIterable<unknown> }).iterator;
    if (raw !== undefined && Symbol.asyncIterator in Object(raw)) {
      for await (const chunk of raw) void chunk;
    } else {
      for await (const row of next.value) void row;
    }
  }
}

/** ExcelJS, loaded with the first workbook (it is large; most commands and imports never need it). */
let excel: typeof ExcelJS | undefined;

/** A cell as text or number; merged cells give the value of their top-left cell (after `openSheetRows`). */
export function plainCell(file: string, cell: ExcelJS.Cell): Cell {
  const types = excel!.ValueType;
  const source = cell.type === types.Merge ? cell.master : cell;
  const value = source.value;
  if (source.type === types.Formula || isFormula(value)) {
    throw new IngestError(
      file,
      Number(cell.row),
      cell.address,
      `formula in cell ${source.address}: export values, not formulas`,
    );
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return zeroPadded(value, source.numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return source.text;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** A number shown with a zero-padding format ("00000000") is a key: keep its leading zeros. */
function zeroPadded(value: number, numFmt: string | undefined): Cell {
  if (numFmt !== undefined && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(numFmt.length, '0');
  }
  return value;
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
