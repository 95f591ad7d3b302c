// Founding year from imprint and about-us text: "gegründet 2021", "Gründungsjahr: 1998", "seit 1987", HRB entry dates.
import { snippetAround } from '../../classify/snippet.js';

export interface FoundingYear {
  year: number;
  /** 1 = explicit founding statement, 2 = register entry date, 3 = "seit YEAR". */
  strength: 1 | 2 | 3;
  term: string;
  snippet: string;
}

const YEAR = '((?:18|19|20)\\d{2})(?!\\d|[.,]\\d)';
const DATE = '(?:\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[A-Za-zäÄ]+)\\s?)?';
const PATTERNS: { strength: FoundingYear['strength']; term: string; pattern: RegExp }[] = [
  {
    strength: 1,
    term: 'gegründet',
    pattern: new RegExp(
      `(?:gegr(?:ü|ue)ndet|Gr(?:ü|ue)ndungsjahr|Gr(?:ü|ue)ndung|founded|established|est\\.)[^\\d\\n]{0,40}?${DATE}${YEAR}`,
      'gi',
    ),
  },
  {
    strength: 1,
    term: 'gegründet',
    pattern: new RegExp(`(?<![\\d.])${YEAR}[^\\d\\n.]{0,40}?(?:gegr(?:ü|ue)ndet|founded)`, 'gi'),
  },
  {
    strength: 2,
    term: 'Handelsregister',
    pattern: new RegExp(
      `(?:HRB|HRA|Handelsregister|Registergericht|Eintragung|eingetragen)[^\\n]{0,80}?(?:eingetragen|Eintragung|seit|am)[^\\d\\n]{0,20}\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?${YEAR}`,
      'gi',
    ),
  },
  {
    strength: 3,
    term: 'seit',
    pattern: new RegExp(`(?<![\\p{L}])(?:seit|since)(?: dem Jahr| dem Jahre)?\\s+${YEAR}`, 'giu'),
  },
];

const SINCE_A_CHANGE =
  /^[^.!?\n]*?(?<![\p{L}])(?:auch|neu|neue[nmrs]?|zusätzlich|jetzt|nun|außerdem|inzwischen|mittlerweile|also|too|now)(?![\p{L}])/iu;

/** All founding-year statements of a text, strongest first. Years must lie in 1800 … 2099. */
export function findFoundingYears(text: string): FoundingYear[] {
  const found: FoundingYear[] = [];
  for (const { strength, term, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const year = Number(m[1]);
      // "Seit 2021 bieten wir auch …" dates a change, not the firm
      if (
        strength === 3 &&
        SINCE_A_CHANGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))
      )
        continue;
      if (year >= 1800 && year <= 2099) {
        found.push({ year, strength, term, snippet: snippetAround(text, m.index, m.index + m[0].length) });
      }
    }
  }
  return found.sort((a, b) => a.strength - b.strength);
}

/** The most credible founding year: the strongest kind of statement, among equals the earliest year. */
export function bestFoundingYear(candidates: readonly FoundingYear[]): FoundingYear | null {
  let best: FoundingYear | null = null;
  for (const c of candidates) {
    if (!best || c.strength < best.strength || (c.strength === best.strength && c.year < best.year)) best = c;
  }
  return best;
}
