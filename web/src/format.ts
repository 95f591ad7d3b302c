// Number formatting for the UI: German conventions (de-DE) in German, British English in English.
import { current } from './i18n.js';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
  const locale = current() === 'de' ? 'de-DE' : 'en-GB';
  const key = `${locale}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** A score or value with a fixed number of decimals; "–" when missing. */
export function number(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : formatter(digits).format(value);
}

/** A rank (integer), "–" when missing. */
export function rank(value: number | null | undefined): string {
  return number(value, 0);
}

/** A signed change, e.g. "+3" or "−2,5". */
export function signed(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const text = number(Math.abs(value), digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
