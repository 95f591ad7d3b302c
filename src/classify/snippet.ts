// Short evidence snippets (at most 160 characters) around a match, cut at word boundaries.
import { collapseSpace } from './normalise.js';

export const SNIPPET_MAX = 160;

/** The text around text[start … end), white space collapsed, cut at word boundaries, "…" where cut, ≤ max chars. */
export function snippetAround(text: string, start: number, end: number, max = SNIPPET_MAX): string {
  const matchText = collapseSpace(text.slice(start, end));
  if (matchText.length >= max - 2) return matchText.slice(0, max - 1) + '…';
  const room = max - matchText.length - 2;
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, end + Math.ceil(room / 2));
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space !== -1 && space > end) to = space;
  }
  let snippet = collapseSpace(text.slice(from, to));
  if (from > 0) snippet = '…' + snippet;
  if (to < text.length) snippet = snippet + '…';
  return snippet.length <= max ? snippet : snippet.slice(0, max - 1) + '…';
}
