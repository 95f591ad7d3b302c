// Tf-idf features of texts: folded word unigrams and bigrams, smoothed idf, L2-normalised sparse vectors.
import { foldText } from '../normalise.js';

export interface SparseVector {
  indices: number[];
  values: number[];
}

export interface TfIdfVocabulary {
  terms: string[];
  idf: number[];
}

/** Unigrams and bigrams of the folded text ("KI-Lösungen" → "ki", "loesungen", "ki loesungen"). */
export function tokenise(text: string): string[] {
  const words = foldText(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const tokens: string[] = [...words];
  for (let i = 0; i + 1 < words.length; i++) tokens.push(words[i] + ' ' + words[i + 1]);
  return tokens;
}

/** The vocabulary: tokens in at least `minDocs` documents, the `maxTerms` most frequent, sorted for stable output. */
export function fitVocabulary(docs: readonly string[], minDocs = 2, maxTerms = 20000): TfIdfVocabulary {
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(tokenise(doc))) df.set(t, (df.get(t) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, n]) => n >= minDocs)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxTerms)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const n = docs.length;
  return { terms: kept.map(([t]) => t), idf: kept.map(([, d]) => Math.log((1 + n) / (1 + d)) + 1) };
}

export function vectorise(
  vocabulary: TfIdfVocabulary,
  index: ReadonlyMap<string, number>,
  text: string,
): SparseVector {
  const counts = new Map<number, number>();
  for (const t of tokenise(text)) {
    const i = index.get(t);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  const values = indices.map((i) => (1 + Math.log(counts.get(i)!)) * vocabulary.idf[i]!);
  const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0));
  return { indices, values: norm > 0 ? values.map((v) => v / norm) : values };
}

export function termIndex(vocabulary: TfIdfVocabulary): Map<string, number> {
  return new Map(vocabulary.terms.map((t, i) => [t, i]));
}
