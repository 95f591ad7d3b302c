import { describe, expect, it } from 'vitest';
import { collapseSpace, foldText, termKey } from '../../src/classify/normalise.js';

describe('text normalisation', () => {
  it('lower-cases, folds umlauts and unifies separators', () => {
    expect(foldText('Künstliche  Intelligenz')).toBe('kuenstliche intelligenz');
    expect(foldText('Größe/Maße – Straße')).toBe('groesse masse strasse');
    expect(foldText('Industrie 4.0')).toBe('industrie 4 0');
    expect(foldText('  E-Commerce! ')).toBe('e commerce');
  });

  it('gives hyphen, space and camel-case variants the same key', () => {
    const keys = ['E-Commerce', 'e commerce', 'eCommerce', 'ECOMMERCE', 'E‐Commerce'].map(termKey);
    expect(new Set(keys)).toEqual(new Set(['ecommerce']));
    expect(termKey('Künstliche Intelligenz')).toBe(termKey('kuenstliche-intelligenz'));
  });

  it('collapses white space for snippets', () => {
    expect(collapseSpace('  a \n\t b  ')).toBe('a b');
  });
});
