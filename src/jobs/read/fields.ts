// Validates one record (a CSV row, a JSON object) into a job ad, naming every field at fault.
import type { AdProblem, AdRecord, JobAd } from '../types.js';

/** The fields every record has; `lat` and `lon` are optional (both or neither). */
export const REQUIRED_FIELDS = [
  'id',
  'title',
  'description',
  'employer',
  'postcode',
  'town',
  'date',
  'source',
] as const;
export const OPTIONAL_FIELDS = ['lat', 'lon'] as const;

const MAX_ID_LENGTH = 200;

/**
 * Turns a record into an ad or the list of its problems. Text fields take strings (numbers too, for ids and
 * postcodes); `description`, `employer`, `postcode` and `town` may be empty, `id`, `title`, `date` and
 * `source` may not. Dates: YYYY-MM-DD (a time after it is dropped) or DD.MM.YYYY. Coordinates: WGS84
 * degrees, a decimal comma accepted.
 */
export function adFromRecord(record: Readonly<Record<string, unknown>>, line: number): AdRecord {
  const problems: AdProblem[] = [];
  const problem = (field: string | null, reason: string) => problems.push({ line, field, reason });

  for (const field of REQUIRED_FIELDS) {
    if (!(field in record)) problem(field, 'missing');
  }
  const text = (field: string, required: boolean): string => {
    const raw = record[field];
    if (raw === undefined) return '';
    if (raw === null) {
      if (required) problem(field, 'is empty');
      return '';
    }
    if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
    if (typeof raw !== 'string') {
      problem(field, `is ${describeType(raw)}, not text`);
      return '';
    }
    const value = raw.trim();
    if (required && value === '' && field in record) problem(field, 'is empty');
    return value;
  };

  const id = text('id', true);
  if (id.length > MAX_ID_LENGTH) problem('id', `is longer than ${MAX_ID_LENGTH} characters`);
  const title = text('title', true);
  const description = text('description', false);
  const employer = text('employer', false);
  const postcode = parsePostcode(record.postcode, (reason) => problem('postcode', reason));
  const town = text('town', false);
  const dateText = text('date', true);
  const date = dateText === '' ? '' : parseDate(dateText);
  if (date === null) problem('date', `"${dateText}" is not a date (YYYY-MM-DD or DD.MM.YYYY)`);
  const source = text('source', true);
  const lat = parseCoordinate(record.lat, 90, (reason) => problem('lat', reason));
  const lon = parseCoordinate(record.lon, 180, (reason) => problem('lon', reason));
  if ((lat === null) !== (lon === null) && problems.every((p) => p.field !== 'lat' && p.field !== 'lon')) {
    problem(lat === null ? 'lat' : 'lon', 'is empty while the other coordinate is given');
  }

  if (problems.length > 0) return { line, problems };
  const ad: JobAd = {
    id,
    title,
    description,
    employer,
    postcode,
    town: town === '' ? null : town,
    date: date!,
    source,
    lat,
    lon,
    detailsPending: false,
  };
  return { line, ad };
}

/** Five digits; a number (JSON) is padded with leading zeros (01067). Empty → null. */
export function parsePostcode(raw: unknown, fail: (reason: string) => void): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1000 && raw <= 99999) return String(raw).padStart(5, '0');
    fail(`${raw} is not a German postcode (five digits)`);
    return null;
  }
  if (typeof raw !== 'string') {
    fail(`is ${describeType(raw)}, not text`);
    return null;
  }
  const value = raw.trim();
  if (value === '') return null;
  if (/^\d{5}$/.test(value)) return value;
  fail(`"${value}" is not a German postcode (five digits)`);
  return null;
}

/** YYYY-MM-DD from `YYYY-MM-DD[Thh:mm…]` or `DD.MM.YYYY`; null when it is no calendar date. */
export function parseDate(value: string): string | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (german) [y, m, d] = [Number(german[3]), Number(german[2]), Number(german[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseCoordinate(raw: unknown, limit: number, fail: (reason: string) => void): number | null {
  if (raw === undefined || raw === null) return null;
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === '') return null;
    value = /^[+-]?\d+(,\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number(t);
    if (!Number.isFinite(value) || !/^[+-]?(\d+([.,]\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) {
      fail(`"${t}" is not a number`);
      return null;
    }
  } else {
    fail(`is ${describeType(raw)}, not a number`);
    return null;
  }
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    fail(`${value} is outside −${limit}…${limit} degrees`);
    return null;
  }
  return value;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
