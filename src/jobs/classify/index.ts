// jobs/classify: whether a job ad asks for AI skills (building, training, researching, evaluating, deploying AI).
import { compileDictionary, findTerms } from '../../classify/matcher.js';
import { snippetAround } from '../../classify/snippet.js';
import { JOB_AI_DICTIONARY } from './dictionary.js';

export interface AdClassification {
  aiSkill: boolean;
  score: number;
  evidence: { term: string; snippet: string }[];
  classifierVersion: string;
}

const COMPILED = compileDictionary(JOB_AI_DICTIONARY);

/** An ad asks for AI skills from this score on. */
export const JOB_THRESHOLD = 4;
/** A term in the title weighs this many times its weight. */
const TITLE_FACTOR = 2;

export const JOB_CLASSIFIER_VERSION = `job-classifier-1 (${COMPILED.version}, threshold ${JOB_THRESHOLD})`;

/** Classifies one ad; pure and fast (one pass of two precompiled expressions; context only around matches). */
export function classifyAd(ad: { title: string; description: string }): AdClassification {
  const title = ad.title ?? '';
  const text = title + '\n' + (ad.description ?? '');
  const matches = findTerms(COMPILED, text);
  let score = 0;
  const evidence: { term: string; snippet: string }[] = [];
  if (matches.length > 0) {
    const seen = new Set<string>();
    for (const m of matches) {
      if (!m.counts || seen.has(m.term.term)) continue;
      seen.add(m.term.term);
      score += m.term.weight * (m.start < title.length ? TITLE_FACTOR : 1);
      evidence.push({ term: m.term.term, snippet: snippetAround(text, m.start, m.end) });
    }
  }
  const aiSkill = score >= JOB_THRESHOLD;
  return { aiSkill, score, evidence, classifierVersion: JOB_CLASSIFIER_VERSION };
}
