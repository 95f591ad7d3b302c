import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { category } from '../../src/classify/dictionary.js';
import { alternation, termPattern } from '../../src/classify/pattern.js';
import { buildScanner, scan } from '../../src/classify/scanner.js';
import { termKey } from '../../src/classify/normalise.js';

const terms = [
  ...category('a', 'any', [
    ['E-Commerce', 3],
    ['Online-Shop', 3],
    ['künstliche Intelligenz', 3],
    ['machine learning', 3],
    ['machine learning engineer', 5],
    ['Data Science', 2],
    ['Data Scientist', 3],
    ['Industrie 4.0', 3],
    ['Übersetzung', 1],
    ['App', 2, 'word'],
    ['deep learning', 3],
  ]),
  ...category('b', 'any', [
    ['KI', 2, 'word', 'cs'],
    ['KI-Lösung', 3, 'prefix', 'cs'],
    ['ML', 2, 'word', 'cs'],
  ]),
];

/** The slow reference: one alternation per case mode, tried at every position. */
function reference(text: string): string[] {
  const found: { start: number; end: number; key: string }[] = [];
  for (const [list, flags] of [
    [terms.filter((t) => !t.caseSensitive), 'gi'],
    [terms.filter((t) => t.caseSensitive), 'g'],
  ] as const) {
    const re = new RegExp(
      alternation(list.map((t) => ({ source: termPattern(t.term, t.match), length: t.term.length }))),
      flags,
    );
    for (const m of text.matchAll(re))
      found.push({ start: m.index, end: m.index + m[0].length, key: termKey(m[0]) });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    out.push(`${f.start}:${f.key}`);
  }
  return out;
}

const scanner = buildScanner(terms);
const fast = (text: string) => {
  const out: string[] = [];
  let lastEnd = -1;
  for (const m of scan(scanner, text).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    out.push(`${m.start}:${termKey(text.slice(m.start, m.end))}`);
  }
  return out;
};

describe('term scanner', () => {
  it('finds what one big alternation finds, on mixed texts', () => {
    const pieces = fc.constantFrom(
      'E-Commerce',
      'eCommerce',
      'Onlineshop',
      'Online Shop',
      'Kuenstliche Intelligenz',
      'künstliche Intelligenz',
      'Machine Learning Engineers',
      'machine-learning',
      'Data Scientist',
      'data science',
      'Industrie4.0',
      'Industrie 4.0',
      'Uebersetzung',
      'Übersetzungen',
      'App',
      'Apps',
      'Apparat',
      'KI',
      'Ki',
      'KIKI',
      'KI-Lösungen',
      'KI-Loesung',
      'ML',
      'HTML',
      'Kita',
      'Ski',
      'der',
      'die',
      'das',
      'Daten',
      'deep',
      'Deep Learning',
      'man',
      ' ',
      ', ',
      '. ',
      '-',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(fast(text)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('knows umlaut spellings at the start of a term', () => {
    expect(fast('Ueber die Übersetzung und UEBERSETZUNG')).toEqual(['10:uebersetzung', '26:uebersetzung']);
  });
});
