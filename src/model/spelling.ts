// How names and texts are compared across sources: one folding of German spelling for every matcher.

/** Lower case with German umlauts spelled out (ä → ae, ß → ss) and other accents dropped (é → e). */
export function foldGermanSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** Every run of characters other than a–z and 0–9 as one blank, trimmed: for text already folded. */
export function blankPunctuation(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, ' ').trim();
}
