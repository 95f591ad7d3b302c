// The dictionary model: versioned terms with weights, categories, language, match and case rules, and context rules.
import { createHash } from 'node:crypto';
import { termKey } from './normalise.js';

/**
 * How a term must sit in the text: `word` = whole word on both sides, `prefix` = starts a word but may continue
 * it (German compounds: "Cloud" in "Cloudlösungen"), `infix` = anywhere, also inside compounds ("…software").
 */
export type MatchMode = 'word' | 'prefix' | 'infix';

export interface DictionaryTerm {
  /** The canonical spelling; hyphen/space variants and umlaut spellings (ä/ae) match too. */
  term: string;
  weight: number;
  /** A self-explanatory category such as `e-commerce` or `machine-learning`. */
  category: string;
  lang: 'de' | 'en' | 'any';
  match: MatchMode;
  /** Only this exact capitalisation matches (for short forms such as KI, AI, ML). */
  caseSensitive: boolean;
  /** An ambiguous term: counts only when its sentence has a supporting cue or another unambiguous term. */
  needsSupport: boolean;
}

/**
 * A cue looked for in the sentence around a match: `veto` makes the match not count, `support` confirms it, `boost`
 * raises its weight by `boost` (a term standing in a sentence that gives the role its own work, "Sie trainieren …").
 */
export interface ContextRule {
  name: string;
  effect: 'veto' | 'support' | 'boost';
  /** Cue phrases, matched like `prefix` terms (case-insensitive, umlaut and separator variants). */
  cues: string[];
  /** Categories the rule applies to; empty = all. */
  categories: string[];
  /**
   * Where the cues are looked for: `sentence` (default) = the sentence around the match; `title` = the head of the
   * text's first line, up to its first bracket, dash, colon, comma or bar (the role a job ad's title names: "Data
   * Analyst" in "Data Analyst (m/w/d) Marketing"); a title veto then applies to matches anywhere in the text.
   */
  scope?: 'sentence' | 'title';
  /** Title vetoes only: a match whose own sentence holds one of these cues still counts (the role's own work). */
  unless?: string[];
  /** Boost rules only: what a counting match in a sentence with one of the cues adds to its term's weight. */
  boost?: number;
}

export interface Dictionary {
  name: string;
  /** Human-managed version; the full version also carries a hash of the content, so any edit changes it. */
  version: string;
  terms: DictionaryTerm[];
  rules: ContextRule[];
}

export type TermRow = [
  term: string,
  weight: number,
  match?: MatchMode,
  flags?: 'cs' | 'cs+support' | 'support',
];

/** Builds the terms of one category from compact rows: `[term, weight, match = 'prefix', flags]`. */
export function category(name: string, lang: DictionaryTerm['lang'], rows: TermRow[]): DictionaryTerm[] {
  return rows.map(([term, weight, match = 'prefix', flags]) => ({
    term,
    weight,
    category: name,
    lang,
    match,
    caseSensitive: flags === 'cs' || flags === 'cs+support',
    needsSupport: flags === 'support' || flags === 'cs+support',
  }));
}

/** `name-version+hash`: the hash (SHA-256 of terms and rules, 8 hex digits) changes with every edit of the data. */
export function dictionaryVersion(dictionary: Dictionary): string {
  const content = JSON.stringify({ terms: dictionary.terms, rules: dictionary.rules });
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  return `${dictionary.name}-${dictionary.version}+${hash}`;
}

/** Problems of a dictionary: duplicate terms (same key), non-finite weights, empty terms or cues. */
export function validateDictionary(dictionary: Dictionary): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const t of dictionary.terms) {
    const key = (t.caseSensitive ? 'cs:' : '') + termKey(t.term);
    if (key === '' || key === 'cs:') problems.push(`empty term in category ${t.category}`);
    if (!Number.isFinite(t.weight)) problems.push(`term "${t.term}": weight is not a number`);
    const other = seen.get(key);
    if (other !== undefined) problems.push(`term "${t.term}" duplicates "${other}"`);
    seen.set(key, t.term);
  }
  for (const r of dictionary.rules) {
    if (r.cues.length === 0) problems.push(`context rule ${r.name} has no cues`);
    if (r.cues.some((c) => termKey(c) === '')) problems.push(`context rule ${r.name} has an empty cue`);
    if (r.unless !== undefined && (r.scope !== 'title' || r.effect !== 'veto'))
      problems.push(`context rule ${r.name}: "unless" is only for title vetoes`);
    if (r.unless?.some((c) => termKey(c) === ''))
      problems.push(`context rule ${r.name} has an empty "unless" cue`);
    if (r.scope === 'title' && r.effect !== 'veto')
      problems.push(`context rule ${r.name}: a title rule must veto`);
    if (r.effect === 'boost' && !(Number.isFinite(r.boost) && r.boost! > 0))
      problems.push(`context rule ${r.name}: a boost rule needs a positive "boost"`);
    if (r.effect !== 'boost' && r.boost !== undefined)
      problems.push(`context rule ${r.name}: "boost" is only for boost rules`);
  }
  return problems;
}
