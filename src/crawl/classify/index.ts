// crawl/classify: digital and AI affinity of a firm from its crawled pages, with evidence and the founding year.
import { compileDictionary, distinctTerms, findTerms, type TermScore } from '../../classify/matcher.js';
import { snippetAround } from '../../classify/snippet.js';
import { AI_DICTIONARY } from './dictionaries/ai.js';
import { DIGITAL_DICTIONARY } from './dictionaries/digital.js';
import { bestFoundingYear, findFoundingYears, type FoundingYear } from './founded.js';
import { pageRole } from './pageRole.js';
import type { Evidence, FirmClassification, FirmPageText } from './types.js';

export type { Evidence, FirmClassification, FirmPageText } from './types.js';

const DIGITAL = compileDictionary(DIGITAL_DICTIONARY);
const AI = compileDictionary(AI_DICTIONARY);

/** A firm is digital-affine from this digital score on (AI terms count towards it too). */
export const DIGITAL_THRESHOLD = 3;
/** A firm is AI-affine from this AI score on. */
export const AI_THRESHOLD = 3;
/** At most this many evidence items per kind are kept. */
const MAX_EVIDENCE = 12;

export const CLASSIFIER_VERSION = `firm-classifier-1 (${DIGITAL.version}, ${AI.version}, thresholds ${DIGITAL_THRESHOLD}/${AI_THRESHOLD})`;

interface Found {
  score: TermScore;
  url: string;
  text: string;
}

function pageText(page: FirmPageText): string {
  return [page.title, page.description, page.text].filter((s) => s.length > 0).join('\n');
}

/** Sum of the weights of the distinct counting terms over all pages; each term counts once per firm. */
function scoreOf(found: Map<string, Found>): number {
  let score = 0;
  for (const f of found.values()) score += f.score.term.weight;
  return score;
}

function evidenceOf(kind: 'digital' | 'ai', found: Map<string, Found>): Evidence[] {
  return [...found.values()]
    .sort((a, b) => b.score.term.weight - a.score.term.weight)
    .slice(0, MAX_EVIDENCE)
    .map((f) => ({
      kind,
      term: f.score.term.term,
      url: f.url,
      snippet: snippetAround(f.text, f.score.first.start, f.score.first.end),
    }));
}

/** Classifies a firm from the text of its pages; pure: the same pages give the same result. */
export function classifyFirm(pages: FirmPageText[]): FirmClassification {
  const digital = new Map<string, Found>();
  const ai = new Map<string, Found>();
  const years: (FoundingYear & { url: string })[] = [];
  for (const page of pages) {
    const text = pageText(page);
    for (const y of findFoundingYears(text)) years.push({ ...y, url: page.url });
    if (pageRole(page.url) === 'legal') continue;
    for (const [dictionary, into] of [
      [DIGITAL, digital],
      [AI, ai],
    ] as const) {
      for (const score of distinctTerms(findTerms(dictionary, text))) {
        const key = score.term.term;
        if (!into.has(key)) into.set(key, { score, url: page.url, text });
      }
    }
  }
  const aiScore = scoreOf(ai);
  const digitalScore = scoreOf(digital) + aiScore;
  const founded = bestFoundingYear(years) as (FoundingYear & { url: string }) | null;
  const evidence = [...evidenceOf('digital', digital), ...evidenceOf('ai', ai)];
  if (founded)
    evidence.push({ kind: 'founded', term: founded.term, url: founded.url, snippet: founded.snippet });
  return {
    digitalScore,
    aiScore,
    digitalAffine: digitalScore >= DIGITAL_THRESHOLD,
    aiAffine: aiScore >= AI_THRESHOLD,
    foundedFromSite: founded ? founded.year : null,
    evidence,
    classifierVersion: CLASSIFIER_VERSION,
  };
}
