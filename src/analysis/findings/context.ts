// What every findings paragraph needs: the data, the language, names and units of nodes, and the writer.
import { nodeOf } from '../access.js';
import type { EditionData } from '../types.js';
import { num, rank, withUnit, type Lang } from './format.js';
import type { FindingsWriter } from './writer.js';

export interface FindingsContext {
  data: EditionData;
  lang: Lang;
  out: FindingsWriter;
}

export function nodeName(c: FindingsContext, node: string): string {
  return nodeOf(c.data, node).name[c.lang];
}

export function nodeUnit(c: FindingsContext, node: string): string {
  return nodeOf(c.data, node).unit?.[c.lang] ?? '';
}

/** "„Digitale Patente“" / "“digital patents”". */
export function quoted(c: FindingsContext, node: string): string {
  const name = nodeName(c, node);
  return c.lang === 'de' ? `„${name}“` : `“${name}”`;
}

/** An indicator value in its unit, or the label for a withheld one. */
export function valueText(c: FindingsContext, node: string, value: number | null): string {
  if (value === null) return c.lang === 'de' ? 'vertraulich' : 'confidential';
  return withUnit(value, nodeUnit(c, node), c.lang);
}

/** "Dortmund 78,0 (Platz 1)" for footnotes. */
export function scoreEvidence(
  c: FindingsContext,
  u: { name: string; score: number | null; rank: number | null },
): string {
  return `${u.name} ${num(u.score, c.lang)} (${rank(u.rank, c.lang)})`;
}

export function valueEvidence(
  c: FindingsContext,
  node: string,
  u: { name: string; value: number | null; rank: number | null },
): string {
  return `${u.name} ${valueText(c, node, u.value)} (${rank(u.rank, c.lang)})`;
}

/** The edition named in every footnote, so a number can be traced back. */
export function sourceNote(c: FindingsContext): string {
  const t = c.data.title[c.lang];
  return c.lang === 'de' ? `${t}, Ausgabe ${c.data.edition}` : `${t}, ${c.data.edition} edition`;
}
