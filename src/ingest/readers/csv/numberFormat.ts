// How a column writes numbers (decimal and thousands separator): classifying one cell, parsing with a format.
import { parseGermanNumber, parsePointNumber } from '../germanNumber.js';

export type DecimalSeparator = ',' | '.';
export type ThousandsSeparator = '.' | ',' | ' ' | "'" | '';

export interface NumberFormat {
  decimal: DecimalSeparator;
  thousands: ThousandsSeparator;
}

export const GERMAN: NumberFormat = { decimal: ',', thousands: '.' };
export const POINT: NumberFormat = { decimal: '.', thousands: ',' };

/**
 * What a cell's text says about its column's format: `de` only fits a decimal comma ("1.234,5", "3,25",
 * "1.234.567"), `en` only a decimal point ("1,234.5", "3.25", "1,234,567"), `either` fits both ("1.234",
 * "1,234", "42"), `none` is not a number.
 */
export type FormatHint = 'de' | 'en' | 'either' | 'none';

const SIGN = '[-+]?';
const LEAD = '[1-9]\\d{0,2}'; // the first group of a grouped number
const PATTERNS: [RegExp, FormatHint][] = [
  [new RegExp(`^${SIGN}\\d+$`), 'either'],
  [new RegExp(`^${SIGN}${LEAD}[.,]\\d{3}$`), 'either'],
  [new RegExp(`^${SIGN}${LEAD}(\\.\\d{3})+,\\d+$`), 'de'],
  [new RegExp(`^${SIGN}${LEAD}(\\.\\d{3}){2,}$`), 'de'],
  [new RegExp(`^${SIGN}\\d*,\\d+$`), 'de'],
  [new RegExp(`^${SIGN}${LEAD}(,\\d{3})+\\.\\d+$`), 'en'],
  [new RegExp(`^${SIGN}${LEAD}(,\\d{3}){2,}$`), 'en'],
  [new RegExp(`^${SIGN}\\d*\\.\\d+$`), 'en'],
  [new RegExp(`^${SIGN}${LEAD}( \\d{3})+$`), 'either'],
  [new RegExp(`^${SIGN}${LEAD}( \\d{3})+,\\d+$`), 'de'],
  [new RegExp(`^${SIGN}${LEAD}( \\d{3})+\\.\\d+$`), 'en'],
];

const BLANK_GROUPED = /^[-+]?[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;

export function formatHint(text: string): FormatHint {
  const t = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  for (const [pattern, hint] of PATTERNS) if (pattern.test(t)) return hint;
  return 'none';
}

/** The format a hint stands for (the thousands separator being the other of `.` and `,`). */
export function formatOf(hint: 'de' | 'en'): NumberFormat {
  return hint === 'de' ? GERMAN : POINT;
}

/**
 * Parses a number written in the given format; thousands groups must have exactly three digits, and blanks
 * may group them too unless the format has no grouping. Undefined when the text does not fit ("1,5" with a
 * decimal point, "1.23" with a decimal comma and `.` grouping).
 */
export function parseFormatted(text: string, format: NumberFormat): number | undefined {
  const t = text.trim();
  if (format.thousands !== '' && format.thousands !== ' ' && BLANK_GROUPED.test(t)) {
    // "1 234,5": blanks (also no-break and thin spaces) group thousands in many tables
    return parseFormatted(t.replace(/[ \u00a0\u202f]/g, ''), { ...format, thousands: '' });
  }
  if (format.decimal === ',' && (format.thousands === '.' || format.thousands === '')) {
    if (format.thousands === '' && t.includes('.')) return undefined;
    return parseGermanNumber(t);
  }
  const d = escape(format.decimal);
  const grouped =
    format.thousands === '' ? `\\d+` : `(?:\\d+|\\d{1,3}(?:${escape(format.thousands)}\\d{3})+)`;
  if (!new RegExp(`^${SIGN}${grouped}(?:${d}\\d+)?$`).test(t)) return undefined;
  const plain = (format.thousands === '' ? t : t.split(format.thousands).join('')).replace(
    format.decimal,
    '.',
  );
  return parsePointNumber(plain);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
