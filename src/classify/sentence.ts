// Finds the sentence around a position: the unit in which context rules look for cues.

const MAX_REACH = 300;

function isEnd(text: string, i: number): boolean {
  const ch = text.charCodeAt(i);
  if (ch === 10 || ch === 13 || ch === 0x2022 || ch === 124) return true; // line break, bullet, "|"
  if (ch === 33 || ch === 63 || ch === 59) return true; // ! ? ;
  if (ch === 46) {
    // a full stop ends a sentence only before white space (not in "4.0", "z.B.", "www.x.de")
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 9;
  }
  return false;
}

/** [start, end) of the sentence containing text[from … to), at most 300 characters to either side. */
export function sentenceBounds(text: string, from: number, to: number): [number, number] {
  let start = from;
  const minStart = Math.max(0, from - MAX_REACH);
  while (start > minStart && !isEnd(text, start - 1)) start--;
  let end = to;
  const maxEnd = Math.min(text.length, to + MAX_REACH);
  while (end < maxEnd && !isEnd(text, end)) end++;
  return [start, end];
}
