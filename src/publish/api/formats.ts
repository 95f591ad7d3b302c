// Writes a table as CSV, XLSX or JSON, every text cell neutralised against spreadsheet formulas.
import ExcelJS from 'exceljs';
import { neutralise } from './neutralise.js';
import type { Cell, Table } from './tables.js';
import type { DownloadJson, DownloadTable, EditionScoped } from './types.js';

/** RFC 4180 CSV, comma-separated, decimal point, UTF-8 with a byte-order mark (so spreadsheets read umlauts). */
export function toCsv(table: Table): string {
  const line = (cells: readonly Cell[]) => cells.map((c) => csvField(neutralise(c))).join(',');
  return '\uFEFF' + [line(table.columns), ...table.rows.map(line)].join('\r\n') + '\r\n';
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function toXlsx(table: Table, sheetName: string, notice: string | null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'digitalindex';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.columns.map((c) => neutralise(c)));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((c) => neutralise(c)));
  if (notice) {
    const info = workbook.addWorksheet('Hinweis');
    info.addRow([neutralise(notice)]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function toJson(table: Table, name: DownloadTable, scope: EditionScoped): string {
  const doc: DownloadJson = { ...scope, table: name, columns: table.columns, rows: table.rows };
  return JSON.stringify(doc);
}
