// A fast term finder: visits only word starts, looks candidates up by their first two letters, verifies each with a
// sticky expression. About ten times faster than one big alternation, which V8 tries at every character.
import type { DictionaryTerm } from './dictionary.js';
import { termBody, WORD_CLASS } from './pattern.js';

interface Candidate {
  term: DictionaryTerm;
  /** Sticky expression of the term's pattern, tried at a word start. */
  pattern: RegExp;
  length: number;
  /** The lower-case third letter of the term, checked before the expression runs; 0 = no check (umlauts, short). */
  third: number;
  /** The lower-case fourth letter, checked likewise ("verteilt" is not tried at every "von", "vor", "viel"). */
  fourth: number;
}

export interface TermScanner {
  /** Candidates by the code of the first two letters (lower case, Latin-1): index c0 * 256 + c1. */
  byBigram: (Candidate[] | undefined)[];
  /** Terms that may sit inside words (compounds): one global expression each. */
  infix: { term: DictionaryTerm; pattern: RegExp }[];
}

export interface RawMatch {
  term: DictionaryTerm;
  start: number;
  end: number;
}

function lowerOf(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 192 && c <= 222 && c !== 215) return c + 32;
  return c;
}

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 192 && c <= 255 && c !== 215 && c !== 247)
  );
}

/** Lookup tables for the hot loop: word characters and lower case of the Latin-1 range. */
const WORD = new Uint8Array(256).map((_, c) => (isWordCode(c) ? 1 : 0));
const LOWER = new Uint8Array(256).map((_, c) => lowerOf(c));

function isWord(c: number): boolean {
  return c < 256 && WORD[c] === 1;
}

function lower(c: number): number {
  return c < 256 ? LOWER[c]! : c;
}

function isSeparator(c: number): boolean {
  // space, tab, line feed, hyphen, dot, slash, underscore, U+2010, U+2011, U+2013
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 45 ||
    c === 46 ||
    c === 47 ||
    c === 95 ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013
  );
}

const FOLDED_FIRST: Readonly<Record<number, number>> = { 228: 97, 246: 111, 252: 117, 223: 115 }; // ä→a ö→o ü→u ß→s
const FOLDED_SECOND: Readonly<Record<number, number>> = { 228: 101, 246: 101, 252: 101, 223: 115 }; // ä→(a)e …

/** The bigram keys under which a term must be found: its first two word characters, and their folded spellings. */
function bigramKeys(term: string): number[] {
  const chars = [...term].filter((ch) => isWord(ch.charCodeAt(0))).map((ch) => lower(ch.charCodeAt(0)));
  const [a, b] = chars;
  if (a === undefined || b === undefined) throw new RangeError(`term "${term}" needs at least two letters`);
  const keys = new Set<number>([a * 256 + b]);
  const fa = FOLDED_FIRST[a];
  if (fa !== undefined) keys.add(fa * 256 + FOLDED_SECOND[a]!); // "Über" written "Ueber"
  const fb = FOLDED_FIRST[b];
  if (fb !== undefined) keys.add(a * 256 + fb); // "Künstlich" written "Kuenstlich"
  return [...keys];
}

export function buildScanner(terms: readonly DictionaryTerm[]): TermScanner {
  const byBigram: (Candidate[] | undefined)[] = new Array<Candidate[] | undefined>(65536);
  const infix: TermScanner['infix'] = [];
  for (const term of terms) {
    const flags = term.caseSensitive ? '' : 'i';
    if (term.match === 'infix') {
      infix.push({ term, pattern: new RegExp(termBody(term.term), flags + 'g') });
      continue;
    }
    const tail = term.match === 'word' ? `(?![${WORD_CLASS}])` : '';
    const letters = [...term.term]
      .map((ch) => ch.charCodeAt(0))
      .filter(isWord)
      .map(lower);
    const plain = letters.slice(0, 3).every((c) => FOLDED_FIRST[c] === undefined);
    const plain4 = plain && letters.length >= 4 && FOLDED_FIRST[letters[3]!] === undefined;
    const candidate = {
      term,
      pattern: new RegExp(termBody(term.term) + tail, flags + 'y'),
      length: term.term.length,
      third: plain && letters.length >= 3 ? letters[2]! : 0,
      fourth: plain4 ? letters[3]! : 0,
    };
    for (const key of bigramKeys(term.term)) (byBigram[key] ??= []).push(candidate);
  }
  for (const list of byBigram) list?.sort((x, y) => y.length - x.length);
  return { byBigram, infix };
}

/** Every occurrence of the scanner's terms; among candidates at one word start the longest term wins. */
export function scan(scanner: TermScanner, text: string): RawMatch[] {
  const found: RawMatch[] = [];
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = c < 256 && WORD[c] === 1;
    if (!word || prevWord) {
      prevWord = word;
      continue;
    }
    prevWord = true;
    const j = i + 1;
    let k = j;
    let c1 = j < n ? text.charCodeAt(j) : 0;
    if (!isWord(c1)) {
      // "E-Commerce", "Industrie 4.0": the second letter may follow up to two separators
      while (k < n && k < j + 2 && isSeparator(text.charCodeAt(k))) k++;
      c1 = k < n ? text.charCodeAt(k) : 0;
      if (k === j || !isWord(c1)) continue;
    }
    const candidates = scanner.byBigram[LOWER[c]! * 256 + LOWER[c1]!];
    if (candidates === undefined) continue;
    const c2 = k + 1 < n ? text.charCodeAt(k + 1) : 0;
    const third = isWord(c2) ? lower(c2) : 0; // 0: a separator or the end follows, let the expression decide
    const c3 = third !== 0 && k + 2 < n ? text.charCodeAt(k + 2) : 0;
    const fourth = isWord(c3) ? lower(c3) : 0;
    for (const cand of candidates) {
      if (third !== 0 && cand.third !== 0 && cand.third !== third) continue;
      if (fourth !== 0 && cand.fourth !== 0 && cand.fourth !== fourth) continue;
      cand.pattern.lastIndex = i;
      const m = cand.pattern.exec(text);
      if (m !== null) {
        const end = i + m[0].length;
        found.push({ term: cand.term, start: i, end });
        i = end - 1;
        prevWord = isWord(text.charCodeAt(end - 1));
        break;
      }
    }
  }
  for (const { term, pattern } of scanner.infix) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null)
      found.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
