// Assigning ads to municipalities (boundaries, postcodes, town spellings) and recognising re-posted ads.
import { describe, expect, it } from 'vitest';
import { TownNameIndex } from '../../src/geodata/names.js';
import { assignAd, type AssignmentContext } from '../../src/jobs/assign/assignAd.js';
import { postcodeMap, readPostcodeTable } from '../../src/jobs/assign/postcodes.js';
import { daysApart, duplicateKey, normaliseAdText, originalOf } from '../../src/jobs/dedup.js';
import { AdFileError } from '../../src/jobs/errors.js';
import { tempDir, UNITS } from './helpers.js';

const RUHR_NAMES = [
  ['05117000', 'Mülheim an der Ruhr'],
  ['05113000', 'Essen'],
  ['05513000', 'Gelsenkirchen'],
  ['05954008', 'Castrop-Rauxel'],
  ['05958044', 'Wetter (Ruhr)'],
  ['05978016', 'Fröndenberg/Ruhr'],
  ['05562016', 'Haltern am See'],
  ['05915000', 'Hamm'],
  ['05170020', 'Hamminkeln'],
  ['05916000', 'Herne'],
  ['05562020', 'Herten'],
].map(([code, name]) => ({ code: code!, name: name! }));

describe('town names', () => {
  const index = new TownNameIndex(RUHR_NAMES);
  it.each([
    ['Mülheim an der Ruhr', '05117000'],
    ['Mülheim a.d. Ruhr', '05117000'],
    ['Mülheim a. d. Ruhr', '05117000'],
    ['Muelheim', '05117000'],
    ['Mulheim an der Ruhr', '05117000'],
    ['MÜLHEIM/RUHR', '05117000'],
    ['Mülheim-Saarn', '05117000'],
    ['Essen-Rüttenscheid', '05113000'],
    ['Essen (Ruhr)', '05113000'],
    ['Gelsenkirchen-Buer', '05513000'],
    ['Castrop-Rauxel', '05954008'],
    ['Castrop-Rauxel-Ickern', '05954008'],
    ['Wetter', '05958044'],
    ['Fröndenberg', '05978016'],
    ['Haltern', '05562016'],
    ['Hamm', '05915000'],
    ['Hamminkeln', '05170020'],
    ['Herne', '05916000'],
    ['Herten', '05562020'],
  ])('%s → %s', (town, code) => {
    expect(index.match(town)).toBe(code);
  });
  it.each(['Ingolstadt, Donau', 'Castrop', 'Rauxel', 'Essenbach', ''])('%s is none of them', (town) => {
    expect(index.match(town)).toBeNull();
  });
  it("takes a hyphenated name by its first part, even another town's (Mülheim-Kärlich): coordinates guard it", () => {
    expect(index.match('Mülheim-Kärlich')).toBe('05117000');
  });
});

function context(overrides: Partial<AssignmentContext> = {}): AssignmentContext {
  return {
    geometries: [],
    postcodes: new Map(),
    codes: new Set(UNITS.map((u) => u.code)),
    towns: new TownNameIndex(UNITS),
    centres: new Map(UNITS.map((u) => [u.code, [u.centerLat!, u.centerLon!] as const])),
    ...overrides,
  };
}

/** Two hand-made boundaries: an L-shaped Essen with a hole, and Gelsenkirchen in the notch of the L. */
const BOUNDARIES = [
  {
    code: '05113000',
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [7.0, 51.4],
          [7.2, 51.4],
          [7.2, 51.5],
          [7.1, 51.5],
          [7.1, 51.6],
          [7.0, 51.6],
          [7.0, 51.4],
        ] as [number, number][],
        [
          [7.02, 51.42],
          [7.04, 51.42],
          [7.04, 51.44],
          [7.02, 51.44],
          [7.02, 51.42],
        ] as [number, number][],
      ],
    },
  },
  {
    code: '05513000',
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [7.1, 51.5],
          [7.2, 51.5],
          [7.2, 51.6],
          [7.1, 51.6],
          [7.1, 51.5],
        ] as [number, number][],
      ],
    },
  },
];

describe('assignment', () => {
  const ad = (
    over: Partial<{ lat: number | null; lon: number | null; postcode: string | null; town: string | null }>,
  ) => ({
    lat: null,
    lon: null,
    postcode: null,
    town: null,
    ...over,
  });

  it('takes the boundary containing the coordinates, over postcode and town', () => {
    const c = context({ geometries: BOUNDARIES, postcodes: new Map([['45127', ['05513000']]]) });
    expect(assignAd(ad({ lat: 51.55, lon: 7.05, postcode: '45127', town: 'Gelsenkirchen' }), c)).toEqual({
      ags: '05113000',
      by: 'coordinates',
    });
    expect(assignAd(ad({ lat: 51.55, lon: 7.15 }), c)).toEqual({ ags: '05513000', by: 'coordinates' });
    // In Essen's hole, and outside everything: outside the unit set, whatever the town says.
    expect(assignAd(ad({ lat: 51.43, lon: 7.03, town: 'Essen' }), c)).toEqual({
      ags: null,
      reason: 'coordinates outside every boundary',
    });
    expect(assignAd(ad({ lat: 48.7, lon: 11.4 }), c)).toEqual({
      ags: null,
      reason: 'coordinates outside every boundary',
    });
  });

  it('without boundaries: the postcode table, then the town name', () => {
    const c = context({
      postcodes: new Map([
        ['45127', ['05113000']],
        ['45879', ['05513000', '05113000']],
        ['85053', ['09161000']],
      ]),
    });
    expect(assignAd(ad({ postcode: '45127', town: 'Gelsenkirchen' }), c)).toEqual({
      ags: '05113000',
      by: 'postcode',
    });
    expect(assignAd(ad({ postcode: '45879', town: 'Gelsenkirchen-Buer' }), c)).toEqual({
      ags: '05513000',
      by: 'town',
    });
    expect(assignAd(ad({ postcode: '85053', town: 'Essen' }), c)).toEqual({
      ags: null,
      reason: 'postcode outside the unit set',
    });
    expect(assignAd(ad({ postcode: '99999', town: 'Muelheim' }), c)).toEqual({ ags: '05117000', by: 'town' });
    expect(assignAd(ad({}), c)).toEqual({ ags: null, reason: 'no town, postcode or coordinates' });
    expect(assignAd(ad({ town: 'Ingolstadt' }), c)).toEqual({ ags: null, reason: 'town not recognised' });
  });

  it('does not take a town name its coordinates contradict (another Essen, far away)', () => {
    expect(assignAd(ad({ town: 'Essen', lat: 52.7, lon: 7.9 }), context())).toEqual({
      ags: null,
      reason: 'town too far from its coordinates',
    });
    expect(assignAd(ad({ town: 'Essen', lat: 51.46, lon: 7.0 }), context())).toEqual({
      ags: '05113000',
      by: 'town',
    });
    expect(assignAd(ad({ town: 'Mülheim-Kärlich', lat: 50.39, lon: 7.5 }), context())).toEqual({
      ags: null,
      reason: 'town too far from its coordinates',
    });
  });
});

describe('postcode table', () => {
  it('reads postcode and AGS columns (a 12-digit ARS shortened), and lists every bad row', () => {
    const files = tempDir();
    try {
      const good = files.write('plz.csv', 'plz;ags\n45127;05113000\n45879;055130000000\n45879;05113000\n');
      const rows = readPostcodeTable(good);
      expect(rows).toEqual([
        { postcode: '45127', ags: '05113000' },
        { postcode: '45879', ags: '05513000' },
        { postcode: '45879', ags: '05113000' },
      ]);
      expect(postcodeMap(rows).get('45879')).toEqual(['05513000', '05113000']);
      const bad = files.write('bad.csv', 'postcode,ags\n4512,05113000\n\n45127,5113\n');
      expect(() => readPostcodeTable(bad)).toThrow(AdFileError);
      expect(() => readPostcodeTable(bad)).toThrow(
        `2 problems in ${bad}; nothing was imported:\n  ${bad}:2: field "postcode": "4512" is not a postcode (five digits)\n  ${bad}:4: field "ags": "5113" is not a municipality key (8 digits, or a 12-digit ARS)`,
      );
    } finally {
      files.remove();
    }
  });
});

describe('duplicates', () => {
  it('normalises titles: case, umlauts, gender markers, punctuation', () => {
    expect(normaliseAdText('Data Scientist (m/w/d) – KI')).toBe('data scientist ki');
    expect(normaliseAdText('DATA-SCIENTIST (w/m/d), KI')).toBe('data scientist ki');
    expect(normaliseAdText('Softwareentwickler*in (all genders)')).toBe('softwareentwickler');
    expect(normaliseAdText('Fahrer m/w/d für Müll')).toBe('fahrer fuer muell');
  });

  it('keys ads by title, employer and place; the municipality stands for the town when known', () => {
    const a = {
      title: 'Data Scientist (m/w/d)',
      employer: 'Ruhr AG',
      town: 'Essen-Rüttenscheid',
      postcode: '45127',
    };
    const b = { ...a, title: 'Data Scientist (w/m/d)', town: 'Essen' };
    expect(duplicateKey(a)).not.toBe(duplicateKey(b));
    expect(duplicateKey(a, '05113000')).toBe(duplicateKey(b, '05113000'));
    expect(duplicateKey({ ...a, employer: 'Andere AG' }, '05113000')).not.toBe(duplicateKey(a, '05113000'));
    expect(duplicateKey({ ...a, employer: ' ' })).toBeNull();
  });

  it('counts an ad as a re-post within the window only', () => {
    const stored = [
      { id: 'x', date: '2025-01-01' },
      { id: 'y', date: '2025-06-01' },
    ];
    expect(daysApart('2025-01-01', '2025-01-31')).toBe(30);
    expect(originalOf('2025-01-31', stored, 30)?.id).toBe('x');
    expect(originalOf('2025-02-01', stored, 30)).toBeUndefined();
    expect(originalOf('2025-05-20', stored, 30)?.id).toBe('y');
  });
});
