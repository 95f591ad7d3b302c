// Compiles a dictionary into a term scanner and context rules, and finds its terms in a text, judged by context.
import type { ContextRule, Dictionary, DictionaryTerm } from './dictionary.js';
import { dictionaryVersion, validateDictionary } from './dictionary.js';
import { alternation, termBody, WORD_CLASS } from './pattern.js';
import { scan, buildScanner, type TermScanner } from './scanner.js';
import { sentenceBounds } from './sentence.js';

export interface CompiledRule {
  rule: ContextRule;
  pattern: RegExp;
  /** Title vetoes: the cues that keep a match counting when they are in its own sentence. */
  unless: RegExp | null;
}

export interface CompiledDictionary {
  dictionary: Dictionary;
  version: string;
  scanner: TermScanner;
  vetoes: CompiledRule[];
  /** Vetoes whose cues are looked for in the text's first line (the title) and apply to the whole text. */
  titleVetoes: CompiledRule[];
  supports: CompiledRule[];
  boosts: CompiledRule[];
  /** The boosted variant of each term (same spelling, weight raised by a boost rule), made once per term and rule. */
  boosted: Map<DictionaryTerm, Map<CompiledRule, DictionaryTerm>>;
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
  /** Name of the boost rule that raised the weight of `term` (then a boosted copy of the dictionary term), or null. */
  boostedBy: string | null;
  /**
   * Whether the match counts: not vetoed, supported when the term needs support, and not outweighed by a boosted
   * occurrence of the same term later in the text (a term adds its weight once; the boosted occurrence is its evidence).
   */
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
  const compileRules = (effect: ContextRule['effect'], scope: 'sentence' | 'title') =>
    dictionary.rules
      .filter((r) => r.effect === effect && (r.scope ?? 'sentence') === scope)
      .map((rule) => ({
        rule,
        pattern: cuePattern(rule.cues),
        unless: rule.unless ? cuePattern(rule.unless) : null,
      }));
  return {
    dictionary,
    version: dictionaryVersion(dictionary),
    scanner: buildScanner(dictionary.terms),
    vetoes: compileRules('veto', 'sentence'),
    titleVetoes: compileRules('veto', 'title'),
    supports: compileRules('support', 'sentence'),
    boosts: compileRules('boost', 'sentence'),
    boosted: new Map(),
  };
}

function appliesTo(rule: ContextRule, term: DictionaryTerm): boolean {
  return rule.categories.length === 0 || rule.categories.includes(term.category);
}

/** The head of the first line, up to its first bracket, dash, colon, comma or bar: the role a job ad's title names. */
export function titleHead(text: string): string {
  const lineEnd = text.indexOf('\n');
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const cut = line.search(/[([{:,|\u2013\u2014]| - /);
  return cut < 0 ? line : line.slice(0, cut);
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
  // title vetoes: judged once per text on its first line
  const titleVerdicts: (boolean | undefined)[] = [];
  let title: string | undefined;
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
    for (let v = 0; v < compiled.titleVetoes.length && !veto; v++) {
      const rule = compiled.titleVetoes[v]!;
      if (!appliesTo(rule.rule, r.term)) continue;
      if (titleVerdicts[v] === undefined) {
        title ??= titleHead(text);
        titleVerdicts[v] = rule.pattern.test(title);
      }
      if (titleVerdicts[v] && !rule.unless?.test(sentenceText)) veto = rule;
    }
    matches.push({
      ...r,
      sentence,
      vetoedBy: veto ? veto.rule.name : null,
      supported: true,
      boostedBy: null,
      counts: !veto,
    });
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
  if (compiled.boosts.length > 0) boostMatches(compiled, text, matches);
  return matches;
}

function boostedTerm(compiled: CompiledDictionary, term: DictionaryTerm, rule: CompiledRule): DictionaryTerm {
  let byRule = compiled.boosted.get(term);
  if (!byRule) compiled.boosted.set(term, (byRule = new Map()));
  let boosted = byRule.get(rule);
  if (!boosted) byRule.set(rule, (boosted = { ...term, weight: term.weight + (rule.rule.boost ?? 0) }));
  return boosted;
}

/**
 * Boost rules: a counting match in a sentence with a boost cue takes a boosted copy of its term (the first rule that
 * applies); earlier counting occurrences of the same term that were not boosted stop counting, so the term adds its
 * boosted weight once and keeps the boosted sentence as its evidence.
 */
function boostMatches(compiled: CompiledDictionary, text: string, matches: TermMatch[]): void {
  let boostedAny = false;
  // matches in one sentence share the verdict of each boost rule on it
  let sentence: [number, number] | undefined;
  let verdicts: (boolean | undefined)[] = [];
  for (const m of matches) {
    if (!m.counts) continue;
    if (m.sentence !== sentence) {
      sentence = m.sentence;
      verdicts = [];
    }
    let rule: CompiledRule | undefined;
    for (let b = 0; b < compiled.boosts.length && !rule; b++) {
      const candidate = compiled.boosts[b]!;
      if (!appliesTo(candidate.rule, m.term)) continue;
      verdicts[b] ??= candidate.pattern.test(text.slice(m.sentence[0], m.sentence[1]));
      if (verdicts[b]) rule = candidate;
    }
    if (!rule) continue;
    m.term = boostedTerm(compiled, m.term, rule);
    m.boostedBy = rule.rule.name;
    boostedAny = true;
  }
  if (!boostedAny) return;
  const boostedSpellings = new Set(matches.filter((m) => m.counts && m.boostedBy).map((m) => m.term.term));
  for (const m of matches) {
    if (m.counts && !m.boostedBy && boostedSpellings.has(m.term.term)) m.counts = false;
  }
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
