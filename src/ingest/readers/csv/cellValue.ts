// One value cell → number or missing reason (with the source's quality flag); text that is neither is an error.
import type { MissingReason } from '../../../model/index.js';
import { IngestError } from '../../errors.js';
import { readSign } from '../missingReasons.js';
import type { Cell } from './grid.js';
import { parseFormatted, type NumberFormat } from './numberFormat.js';

export interface ReadValue {
  value: number | null;
  missingReason: MissingReason | null;
  quality: string | null;
  text: string;
}

export interface CellContext {
  file: string;
  line: number;
  column: string;
}

/**
 * Empty → `absent`; a number cell → its value; text: a declared missing token, an official sign (`-`, `.`,
 * `x`, `/`, `...`, `*`, optionally with a quality flag), else a number in the column's format.
 */
export function readValueCell(
  cell: Cell | undefined,
  format: NumberFormat,
  missing: Readonly<Record<string, MissingReason>>,
  where: CellContext,
): ReadValue {
  if (cell === null || cell === undefined)
    return { value: null, missingReason: 'absent', quality: null, text: '' };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      throw new IngestError(where.file, where.line, where.column, `"${cell}" is not a finite number`);
    return { value: cell, missingReason: null, quality: null, text: String(cell) };
  }
  const text = cell.trim();
  if (text === '') return { value: null, missingReason: 'absent', quality: null, text };
  if (Object.hasOwn(missing, text))
    return { value: null, missingReason: missing[text]!, quality: null, text };
  const sign = readSign(text);
  if (sign !== undefined)
    return { value: null, missingReason: sign.missingReason, quality: sign.quality, text };
  const value = parseFormatted(text, format);
  if (value === undefined) {
    throw new IngestError(
      where.file,
      where.line,
      where.column,
      `"${text}" is not a number (decimal "${format.decimal}", thousands "${format.thousands}") nor a sign for a missing value`,
    );
  }
  return { value, missingReason: null, quality: null, text };
}

/**
 * The text of a key cell; a number that lost the leading zero of a Land 01–09 key gets it back (5111000 →
 * "05111000", 5913 → "05913", 51110000000 → "051110000000").
 */
export function keyCellText(cell: Cell | undefined): string {
  if (typeof cell !== 'number') return (cell ?? '').trim();
  if (!Number.isInteger(cell) || cell < 0) return String(cell);
  const digits = String(cell);
  return [1, 4, 7, 11].includes(digits.length) ? `0${digits}` : digits;
}
