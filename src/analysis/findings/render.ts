// Renders findings as plain text: short paragraphs with [n] markers, then the footnotes with the numbers.
import type { Findings } from './types.js';

export function renderFindingsText(f: Findings): string {
  const de = f.lang === 'de';
  const lines = [`${f.title} ${f.edition}: ${de ? 'Die wichtigsten Ergebnisse' : 'Key findings'}`];
  if (f.notice) lines.push(f.notice);
  for (const p of f.paragraphs) {
    lines.push('', p.heading, wrap(p.sentences.map((s) => `${s.text} [${s.footnote}]`).join(' ')));
  }
  lines.push('', de ? 'Zahlen hinter den Aussagen' : 'Numbers behind the statements');
  for (const n of f.footnotes) lines.push(wrap(`[${n.id}] ${n.text}`, '    '));
  return lines.join('\n') + '\n';
}

/** All sentences of the findings as one string (for searching and tests). */
export function findingsPlainText(f: Findings): string {
  return f.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).join('\n');
}

function wrap(text: string, indent = '', width = 110): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else line = line.length > 0 ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
