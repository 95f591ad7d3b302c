// Collects sentences and their footnotes while the findings are written, numbering footnotes in order.
import type { NumberRef } from '../types.js';
import type { Footnote, Paragraph } from './types.js';

export class FindingsWriter {
  readonly paragraphs: Paragraph[] = [];
  readonly footnotes: Footnote[] = [];

  paragraph(topic: string, heading: string): void {
    this.paragraphs.push({ topic, heading, sentences: [] });
  }

  /** Adds a sentence with the numbers behind it (its footnote text and the data references). */
  say(text: string, evidence: string, refs: NumberRef[]): void {
    const current = this.paragraphs.at(-1);
    if (!current) throw new Error('start a paragraph before adding sentences');
    const id = this.footnotes.length + 1;
    this.footnotes.push({ id, text: evidence, refs });
    current.sentences.push({ text, footnote: id });
  }

  /** The paragraphs that received sentences. */
  result(): Paragraph[] {
    return this.paragraphs.filter((p) => p.sentences.length > 0);
  }
}
