// One GENESIS value cell → number, missing reason (special sign) and quality flag.
import type { MissingReason } from '../../../model/index.js';
import { parseNumber, type NumberStyle } from '../germanNumber.js';
import { isQualityFlag, readSign } from '../missingReasons.js';

export interface CellValue {
  value: number | null;
  missingReason: MissingReason | null;
  quality: string | null;
}

const EMPTY: CellValue = { value: null, missingReason: 'absent', quality: null };

/**
 * Reads a value cell: a number in the file's style ("1.234,5"), a special sign ("-", ".", "x", "/", "...",
 * optionally with a flag: ".g"), a number with a flag ("123p", "1.234,5 r"), a number in parentheses
 * ("(12,5)": value kept, quality "()"). An empty cell is `absent`. Undefined when the text is none of these.
 */
export function readCell(text: string, style: NumberStyle): CellValue | undefined {
  const plain = parseNumber(text, style);
  if (plain !== undefined) return { value: plain, missingReason: null, quality: null };
  const t = text.trim();
  if (t === '') return EMPTY;
  const sign = readSign(t);
  if (sign) return { value: null, missingReason: sign.missingReason, quality: sign.quality };
  const inParentheses = /^\((.+)\)$/.exec(t);
  if (inParentheses) {
    const value = parseNumber(inParentheses[1]!, style);
    return value === undefined ? undefined : { value, missingReason: null, quality: '()' };
  }
  const flagged = /^(.*\d)\s*([a-z])$/.exec(t);
  if (flagged && isQualityFlag(flagged[2]!)) {
    const value = parseNumber(flagged[1]!, style);
    return value === undefined ? undefined : { value, missingReason: null, quality: flagged[2]! };
  }
  return undefined;
}
