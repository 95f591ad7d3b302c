// Detects the delimiter of a text table (`;`, `,`, tab or `|`) from its first lines.
export type Delimiter = ';' | ',' | '\t' | '|';

const CANDIDATES: Delimiter[] = [';', '\t', ',', '|'];

/**
 * Counts each candidate outside quotes on the first non-empty lines; the delimiter is the candidate that
 * occurs the same number of times (at least once) on the most lines; ties go to `;`, tab, `,`, `|` in this
 * order (German tables use `;` because `,` is their decimal separator). Undefined when none occurs.
 */
export function detectDelimiter(lines: readonly string[]): Delimiter | undefined {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 50);
  let best: { delimiter: Delimiter; lines: number } | undefined;
  for (const delimiter of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of sample) {
      const n = countOutsideQuotes(line, delimiter);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    const modal = Math.max(0, ...counts.values());
    if (modal > 0 && (best === undefined || modal > best.lines)) best = { delimiter, lines: modal };
  }
  return best?.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) n++;
  }
  return n;
}
