// Numbers written the German way (decimal comma, "." between thousands) and the plain decimal-point way: strict parsing and its inverse.

/** How a file writes numbers: `de` = "1.234,5" (the `.` groups are optional), `en` = "1234.5" (no grouping). */
export type NumberStyle = 'de' | 'en';

const DIGITS = /^-?\d{1,15}$/;
const GERMAN_PLAIN = /^[-+]?\d+(?:,\d+)?$/;
const GERMAN_GROUPED = /^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const ENGLISH = /^[-+]?\d+(?:\.\d+)?$/;

/**
 * Parses a German number: optional sign, digits, optional thousands groups of exactly three digits after `.`,
 * optional decimal comma with at least one digit. "1.234,5" → 1234.5, "1234,5" → 1234.5, "1.234" → 1234.
 * Anything else ("1,2,3", "1.23", "12.5", "1 234", ",5", "1e3", "") gives undefined: no guessing.
 */
export function parseGermanNumber(text: string): number | undefined {
  if (DIGITS.test(text)) return finite(Number(text));
  const t = text.trim();
  if (!GERMAN_PLAIN.test(t) && !GERMAN_GROUPED.test(t)) return undefined;
  return finite(Number(t.replace(/\./g, '').replace(',', '.')));
}

/** Parses a decimal-point number without grouping ("1234.5", "-3"); anything else gives undefined. */
export function parsePointNumber(text: string): number | undefined {
  if (DIGITS.test(text)) return finite(Number(text));
  const t = text.trim();
  if (!ENGLISH.test(t)) return undefined;
  return finite(Number(t));
}

export function parseNumber(text: string, style: NumberStyle): number | undefined {
  return style === 'de' ? parseGermanNumber(text) : parsePointNumber(text);
}

export interface GermanFormatOptions {
  /** Put "." between groups of thousands (default true). */
  grouping?: boolean;
}

/**
 * Writes a finite number the German way with every digit needed to read back the same double:
 * 1234.5 → "1.234,5", -0.001 → "-0,001", 1e21 → "1.000.000.000.000.000.000.000". The inverse of
 * parseGermanNumber: parseGermanNumber(formatGermanNumber(x)) === x for every finite x (-0 reads back as 0).
 */
export function formatGermanNumber(value: number, options: GermanFormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a German number`);
  const { sign, integer, fraction } = decimalDigits(value);
  const grouped = options.grouping === false ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${fraction === '' ? '' : `,${fraction}`}`;
}

/** Splits the shortest round-trip decimal form of a number into sign, integer digits and fraction digits. */
function decimalDigits(value: number): { sign: string; integer: string; fraction: string } {
  const sign = value < 0 ? '-' : '';
  const text = Math.abs(value).toString();
  const match = /^(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(text);
  if (!match) throw new RangeError(`unexpected number text ${text}`);
  const digits = match[1]! + (match[2] ?? '');
  // position of the decimal point within `digits`
  const point = match[1]!.length + Number(match[3] ?? 0);
  let integer: string;
  let fraction: string;
  if (point <= 0) {
    integer = '0';
    fraction = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + '0'.repeat(point - digits.length);
    fraction = '';
  } else {
    integer = digits.slice(0, point);
    fraction = digits.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return { sign: integer === '0' && fraction === '' ? '' : sign, integer, fraction };
}

function finite(value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  return value === 0 ? 0 : value; // no -0
}
