import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAgs } from '../../src/geodata/keys.js';
import { namesDiffer, nameSimilarity, normaliseName } from '../../src/geodata/names.js';

describe('normaliseAgs', () => {
  it.each([
    ['05913000', '05913000'],
    [' 05913000 ', '05913000'],
    ['5913000', '05913000'],
    [5913000, '05913000'],
    ['5913000.0', '05913000'],
    ['059130000000', '05913000'],
    ['059620032032', '05962032'],
    ['59620032032', '05962032'],
    ['05913', '05913000'],
    ['11000000', '11000000'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseAgs(input)).toBe(expected);
  });

  it.each([['059130'], ['ABC'], [''], [null], [5913000.5], [-5913000], ['0591300000'], [{}]])(
    'rejects %j',
    (input) => {
      expect(normaliseAgs(input)).toBeNull();
    },
  );

  it('keeps every 8-digit key and restores the leading zero a number column drops', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 9_999_999 }), (n) => {
        const ags = `0${n}`;
        expect(normaliseAgs(ags)).toBe(ags);
        expect(normaliseAgs(n)).toBe(ags);
        // The 12-digit ARS of the same municipality (Gemeindeverband 0000) gives the AGS back.
        expect(normaliseAgs(`${ags.slice(0, 5)}0000${ags.slice(5)}`)).toBe(ags);
      }),
    );
  });
});

describe('names', () => {
  it('normalises umlauts, qualifiers and punctuation', () => {
    expect(normaliseName('Mülheim an der Ruhr')).toBe('muelheim an der ruhr');
    expect(normaliseName('Lünen, Stadt')).toBe('luenen');
    expect(normaliseName('Straße')).toBe('strasse');
  });

  it('accepts spellings of one name and flags different names', () => {
    expect(namesDiffer('Herne', 'Herne, Stadt')).toBe(false);
    expect(namesDiffer('Mülheim an der Ruhr', 'Muelheim a.d. Ruhr')).toBe(false);
    expect(namesDiffer('Castrop-Rauxel', 'Castrop Rauxel')).toBe(false);
    expect(namesDiffer('Herne', 'Hagen')).toBe(true);
    expect(namesDiffer('Dortmund', 'Bochum')).toBe(true);
    expect(nameSimilarity('Essen', 'Essen')).toBe(1);
  });
});
