import { describe, expect, it } from 'vitest';
import { blankPunctuation, foldGermanSpelling } from '../../src/model/spelling.js';

describe('foldGermanSpelling', () => {
  it('spells umlauts out, drops other accents and lower-cases', () => {
    expect(foldGermanSpelling('MÜLHEIM an der Ruhr')).toBe('muelheim an der ruhr');
    expect(foldGermanSpelling('Straße, Größe, Ärger')).toBe('strasse, groesse, aerger');
    expect(foldGermanSpelling('Café Crème')).toBe('cafe creme');
  });
});

describe('blankPunctuation', () => {
  it('turns each run of other characters into one blank and trims', () => {
    expect(blankPunctuation('--essen-ruettenscheid (45131)!')).toBe('essen ruettenscheid 45131');
    expect(blankPunctuation('...')).toBe('');
  });
});
