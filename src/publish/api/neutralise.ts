// Spreadsheet formula neutralisation: a text cell that a spreadsheet would read as a formula gets a leading '.

/** Characters that start a formula (or a DDE payload) in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe; numbers stay numbers. */
export function neutralise<T>(cell: T): T | string {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
