// Canonical names of broadband availability columns (technology × bandwidth) across the atlas' layouts.

/**
 * Technologies: `all` (alle Technologien), `wired` (leitungsgebunden), `wireless` (mobile/drahtlos), `dsl`,
 * `catv` (HFC/CATV), `ftth` (FTTB/H, FTTH/B), `lte`, `5g`. A column is `<technology>_<Mbit/s>`, e.g. `all_1000`
 * (gigabit, indicator 11) and `ftth_1000` (FTTB/H, indicator 10).
 */
const TECHNOLOGY_WORDS: [RegExp, string][] = [
  [/FTT[BH]\s*\/\s*[BH]|FTTH|FTTB|Glasfaser/i, 'ftth'],
  [/alle\s+Technologien/i, 'all'],
  [/leitungsg/i, 'wired'],
  [/mobile\s+Technologien|drahtlos/i, 'wireless'],
  [/\bDSL\b/i, 'dsl'],
  [/CATV|HFC|Kabel/i, 'catv'],
  [/\bLTE\b/i, 'lte'],
  [/\b5G\b/i, '5g'],
];

const CODES: Readonly<Record<string, string>> = {
  '100': 'wired',
  '200': 'wireless',
  '300': 'all',
  dsl: 'dsl',
  catv: 'catv',
  ftth: 'ftth',
  lte: 'lte',
  '5g': '5g',
};

/** The canonical variable of a column header, or null when the header is not an availability column. */
export function broadbandVariable(header: string): string | null {
  const code = /^(?:verf_)?([a-z0-9]+)_(\d+)$/i.exec(header.trim());
  if (code) {
    const technology = CODES[code[1]!.toLowerCase()];
    return technology === undefined ? null : `${technology}_${Number(code[2])}`;
  }
  const bandwidth = /(?:≥|>=)\s*(\d+)\s*Mbit\/s/i.exec(header);
  if (!bandwidth) return null;
  for (const [pattern, technology] of TECHNOLOGY_WORDS) {
    if (pattern.test(header)) return `${technology}_${Number(bandwidth[1])}`;
  }
  return null;
}

/**
 * The reference date a file name tells: `bba_12_2025` → 2025-12-31, `…_2018_ende` → 2018-12-31,
 * `…_2019_mitte`, `…_Mitte_18`, `…_2021_1` → the 30 June of that year, `…_2021_2` → 31 December.
 */
export function broadbandDateFromName(name: string): string | null {
  let m = /bba_(\d{2})_(\d{4})/i.exec(name);
  if (m) return lastDayOfMonth(Number(m[2]), Number(m[1]));
  m = /(\d{4})_ende/i.exec(name) ?? /ende_(\d{4})/i.exec(name);
  if (m) return `${m[1]}-12-31`;
  m = /(\d{4})_mitte/i.exec(name) ?? /mitte_(\d{4})/i.exec(name);
  if (m) return `${m[1]}-06-30`;
  m = /mitte_(\d{2})(?!\d)/i.exec(name);
  if (m) return `20${m[1]}-06-30`;
  m = /[_-](\d{4})_([12])(?!\d)/.exec(name);
  if (m) return m[2] === '1' ? `${m[1]}-06-30` : `${m[1]}-12-31`;
  return null;
}

/** "Festnetz: 12.2025" (the atlas' header) → 2025-12-31. */
export function broadbandDateFromHeader(text: string): string | null {
  const m = /(\d{1,2})\.(\d{4})/.exec(text);
  return m ? lastDayOfMonth(Number(m[2]), Number(m[1])) : null;
}

function lastDayOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
