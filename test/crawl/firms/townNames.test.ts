import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseTownName, normaliseTownName, townIndex } from '../../../src/crawl/firms/townNames.js';

// The bundled master data: 53 municipalities of the Ruhr.
const ruhr = readFileSync(new URL('../../../data/master/municipalities.csv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => /^\d{8},/.test(l))
  .map((l) => ({ code: l.split(',')[0]!, name: l.split(',')[1]! }));

describe('town names', () => {
  it('normalises spellings', () => {
    expect(normaliseTownName('Mülheim a.d. Ruhr')).toBe('muelheim an der ruhr');
    expect(normaliseTownName('MUELHEIM AN DER RUHR')).toBe('muelheim an der ruhr');
    expect(normaliseTownName('Fröndenberg/Ruhr')).toBe('froendenberg ruhr');
    expect(normaliseTownName('Haltern a. See')).toBe('haltern am see');
    expect(baseTownName('Voerde (Niederrhein)')).toBe('voerde');
    expect(baseTownName('Haltern am See')).toBe('haltern');
  });

  it('finds every bundled municipality by its own name', () => {
    const index = townIndex(ruhr);
    expect(ruhr).toHaveLength(53);
    for (const unit of ruhr) expect(index.find(unit.name)).toBe(unit.code);
  });

  it.each([
    ['Mülheim a.d. Ruhr', '05117000'],
    ['Muelheim an der Ruhr', '05117000'],
    ['Mülheim/Ruhr', '05117000'],
    ['Essen-Rüttenscheid', '05113000'],
    ['Bochum Wattenscheid', '05911000'],
    ['Kamp-Lintfort', '05170020'],
    ['Kamp-Lintfort-Hoerstgen', '05170020'],
    ['Castrop-Rauxel', '05562004'],
    ['Voerde', '05170044'],
    ['Wetter/Ruhr', '05954032'],
    ['Haltern', '05562016'],
    ['Fröndenberg', '05978012'],
    ['Hamm (Westf.)', '05915000'],
    ['Hamm-Uentrop', '05915000'],
  ])('finds %s', (town, ags) => {
    expect(townIndex(ruhr).find(town)).toBe(ags);
  });

  it.each(['Atlantis', 'Düsseldorf', 'Oer', 'Ruhr', ''])('does not find %s', (town) => {
    expect(townIndex(ruhr).find(town)).toBeUndefined();
  });

  it('does not guess between two towns with the same base name', () => {
    const index = townIndex([
      { code: '1', name: 'Neustadt an der Weinstraße' },
      { code: '2', name: 'Neustadt am Rübenberge' },
    ]);
    expect(index.find('Neustadt')).toBeUndefined();
    expect(index.find('Neustadt a. Rübenberge')).toBe('2');
  });
});
