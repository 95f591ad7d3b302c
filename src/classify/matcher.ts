// Compiles a dictionary into a term scanner and context rules, and finds its terms in a text, judged by context.
import type { ContextRule, Dictionary, DictionaryTerm } from './dictionary.js';
import { dictionaryVersion, validateDictionary } from './dictionary.js';
import { alternation, termBody, WORD_CLASS } from './pattern.js';
import { scan, buildScanner, type TermScanner } from './scanner.js';
import { sentenceBounds } from './sentence.js';

export interface CompiledRule {
  rule: ContextRule;
  pattern: RegExp;
}

export interface CompiledDictionary {
  dictionary: Dictionary;
  version: string;
  scanner: TermScanner;
  vetoes: CompiledRule[];
  supports: CompiledRule[];
}

export interface TermMatch {
  term: DictionaryTerm;
  start: number;
  end: number;
  /** The sentence the match sits in, [start, end). */
  sentence: [number, number];
  /** Name of the veto rule that makes this match not count, or null. */
  vetoedBy: string | null;
  /** For ambiguous terms: whether a support cue or another unambiguous term is in the sentence. */
  supported: boolean;
  /** Whether the match counts: not vetoed, and supported when the term needs support. */
  counts: boolean;
}

export class DictionaryError extends Error {
  constructor(name: string, problems: string[]) {
    super(`dictionary ${name}: ${problems.join('; ')}`);
    this.name = 'DictionaryError';
  }
}

/** One expression for all cues of a rule: a word start, then any cue (the boundary is checked once per position). */
function cuePattern(cues: string[]): RegExp {
  const bodies = alternation(cues.map((c) => ({ source: termBody(c), length: c.length })));
  return new RegExp(`(?<![${WORD_CLASS}])(?:${bodies})`, 'i');
}

export function compileDictionary(dictionary: Dictionary): CompiledDictionary {
  const problems = validateDictionary(dictionary);
  if (problems.length > 0) throw new DictionaryError(dictionary.name, problems);
  const compileRules = (effect: ContextRule['effect']) =>
    dictionary.rules
      .filter((r) => r.effect === effect)
      .map((rule) => ({ rule, pattern: cuePattern(rule.cues) }));
  return {
    dictionary,
    version: dictionaryVersion(dictionary),
    scanner: buildScanner(dictionary.terms),
    vetoes: compileRules('veto'),
    supports: compileRules('support'),
  };
}

function appliesTo(rule: ContextRule, term: DictionaryTerm): boolean {
  return rule.categories.length === 0 || rule.categories.includes(term.category);
}

/** Every occurrence of the dictionary's terms in the text, in order, each judged by the context rules. */
export function findTerms(compiled: CompiledDictionary, text: string): TermMatch[] {
  const raw = scan(compiled.scanner, text);
  if (raw.length === 0) return [];
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const matches: TermMatch[] = [];
  let lastEnd = -1;
  // matches in one sentence share its text and the verdict of each rule on it
  let sentence: [number, number] = [-1, -1];
  let sentenceText = '';
  let verdicts: (boolean | undefined)[] = [];
  for (const r of raw) {
    if (r.start < lastEnd) continue; // inside a longer match (an infix term within a word term)
    lastEnd = r.end;
    if (r.start < sentence[0] || r.end > sentence[1]) {
      sentence = sentenceBounds(text, r.start, r.end);
      sentenceText = text.slice(sentence[0], sentence[1]);
      verdicts = [];
    }
    let veto: CompiledRule | undefined;
    for (let v = 0; v < compiled.vetoes.length && !veto; v++) {
      const rule = compiled.vetoes[v]!;
      if (!appliesTo(rule.rule, r.term)) continue;
      verdicts[v] ??= rule.pattern.test(sentenceText);
      if (verdicts[v]) veto = rule;
    }
    matches.push({ ...r, sentence, vetoedBy: veto ? veto.rule.name : null, supported: true, counts: !veto });
  }
  for (const m of matches) {
    if (!m.term.needsSupport) continue;
    const sentenceText = text.slice(m.sentence[0], m.sentence[1]);
    const byCue = compiled.supports.some((s) => appliesTo(s.rule, m.term) && s.pattern.test(sentenceText));
    const byTerm = matches.some(
      (o) => o !== m && !o.term.needsSupport && o.start >= m.sentence[0] && o.end <= m.sentence[1],
    );
    m.supported = byCue || byTerm;
    m.counts = m.counts && m.supported;
  }
  return matches;
}

export interface TermScore {
  term: DictionaryTerm;
  /** The first counting occurrence. */
  first: TermMatch;
  occurrences: number;
}

/** The counting matches grouped by term (first occurrence kept), so each term adds its weight once. */
export function distinctTerms(matches: readonly TermMatch[]): TermScore[] {
  const byTerm = new Map<DictionaryTerm, TermScore>();
  for (const m of matches) {
    if (!m.counts) continue;
    const seen = byTerm.get(m.term);
    if (seen) seen.occurrences++;
    else byTerm.set(m.term, { term: m.term, first: m, occurrences: 1 });
  }
  return [...byTerm.values()];
}
