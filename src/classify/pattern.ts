// Turns dictionary terms into regular-expression source: umlaut spellings, optional separators, word boundaries.
import type { MatchMode } from './dictionary.js';

/** Characters that count as inside a word when boundaries are checked (ASCII and Latin-1 letters, digits). */
export const WORD_CLASS = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF';
const SEPARATORS = '[\\s\\-\\u2010\\u2011\\u2013/._]{0,2}';

const VARIANTS: Readonly<Record<string, string>> = {
  ä: '(?:ä|ae)',
  ö: '(?:ö|oe)',
  ü: '(?:ü|ue)',
  Ä: '(?:Ä|Ae|AE)',
  Ö: '(?:Ö|Oe|OE)',
  Ü: '(?:Ü|Ue|UE)',
  ß: '(?:ß|ss)',
};

/**
 * The pattern of one term without boundaries: umlauts also match their two-letter spelling, and every separator
 * (space, hyphen, dot, slash) in the term may be written as up to two separators or left out, so "E-Commerce"
 * matches "E-Commerce", "E Commerce" and "eCommerce"; "Industrie 4.0" matches "Industrie4.0".
 */
export function termBody(term: string): string {
  let out = '';
  let pendingSeparator = false;
  for (const ch of term.trim()) {
    if (/[\s\-\u2010\u2011\u2013/._]/.test(ch)) {
      pendingSeparator = true;
      continue;
    }
    if (pendingSeparator && out.length > 0) out += SEPARATORS;
    pendingSeparator = false;
    out += VARIANTS[ch] ?? ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  }
  return out;
}

/** The term's pattern with the boundaries its match mode asks for. */
export function termPattern(term: string, mode: MatchMode): string {
  const body = termBody(term);
  if (mode === 'infix') return body;
  const before = `(?<![${WORD_CLASS}])`;
  return mode === 'word' ? `${before}${body}(?![${WORD_CLASS}])` : `${before}${body}`;
}

/** One alternation of many patterns, longest first so that "machine learning engineer" wins over "machine learning". */
export function alternation(patterns: { source: string; length: number }[]): string {
  return [...patterns]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.source)
    .join('|');
}
