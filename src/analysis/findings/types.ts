// The shape of generated findings: paragraphs of sentences, each pointing at a footnote with the numbers behind it.
import type { NumberRef } from '../types.js';
import type { Lang } from './format.js';

export interface Sentence {
  text: string;
  /** Number of the footnote (1-based) that lists the numbers behind the sentence. */
  footnote: number;
}

export interface Paragraph {
  topic: string;
  heading: string;
  sentences: Sentence[];
}

export interface Footnote {
  id: number;
  /** The numbers, formatted for reading, e.g. "Digital-Index: Mittelwert 41,2; Dortmund 78,0 (Platz 1)". */
  text: string;
  /** The same numbers as data, for tooltips and checks. */
  refs: NumberRef[];
}

export interface Findings {
  lang: Lang;
  edition: number;
  title: string;
  synthetic: boolean;
  notice: string | null;
  paragraphs: Paragraph[];
  footnotes: Footnote[];
}
