// Builds small XLSX files for the tests with exceljs.
import ExcelJS from 'exceljs';
import { tempFile } from '../csv/helpers.js';

export type Fill = (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void;

export async function workbookFile(name: string, fill: Fill, sheetName = 'Tabelle1'): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet(sheetName), workbook);
  return tempFile(name, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** Writes rows from A1 on; undefined leaves a cell empty. */
export function rows(
  sheet: ExcelJS.Worksheet,
  values: (ExcelJS.CellValue | undefined)[][],
  firstRow = 1,
): void {
  values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(firstRow + r, c + 1).value = value;
    }),
  );
}
