import { describe, expect, it } from 'vitest';
import { indexColumns } from '../../../src/crawl/firms/columns.js';
import { describeInvalid, LISTED_PROBLEMS } from '../../../src/crawl/firms/importFirmList.js';
import { normalisePostcode, readPostcodeTable } from '../../../src/crawl/firms/postcodes.js';
import { parseFounded } from '../../../src/crawl/firms/validateFirms.js';
import { tempFiles } from './fixtures.js';

const files = tempFiles();

describe('firm list columns', () => {
  it('accepts aliases in any case and finds the columns', () => {
    expect(
      indexColumns('f.csv', 1, ['ID', 'Firma', 'Website', 'PLZ', 'Ort', 'Gründungsjahr', 'WZ2008']),
    ).toEqual({
      firm_id: 0,
      name: 1,
      url: 2,
      postcode: 3,
      town: 4,
      founded: 5,
      wz: 6,
    });
  });

  it('refuses a column given twice', () => {
    expect(() => indexColumns('f.csv', 3, ['firm_id', 'name', 'url', 'website', 'ags'])).toThrow(
      'f.csv:3: field "url": column given twice ("url" and "website")',
    );
  });
});

describe('founding years and postcodes', () => {
  it.each([
    ['', null],
    ['2019', 2019],
    ['2019-03-01', 2019],
    ['1.3.2019', 2019],
    ['01.03.2019', 2019],
    ['19', undefined],
    ['März 2019', undefined],
    ['0999', undefined],
  ])('founded %s → %s', (text, year) => {
    expect(parseFounded(text)).toBe(year);
  });

  it('normalises postcodes', () => {
    expect(['45127', '4109', 'D-45127', ' 44787 ', '451270', 'Essen'].map(normalisePostcode)).toEqual([
      '45127',
      '04109',
      '45127',
      '44787',
      null,
      null,
    ]);
  });

  it('reads a postcode table (any delimiter, a postcode in several municipalities) and names bad lines', async () => {
    const table = await readPostcodeTable(
      files.write(
        'plz.csv',
        'PLZ;AGS;Name\n46286;05562016;Haltern\n46286;5562012;Dorsten\n4109;14713000;Leipzig\n',
      ),
    );
    expect([...table].map(([p, set]) => [p, [...set]])).toEqual([
      ['46286', ['05562016', '05562012']],
      ['04109', ['14713000']],
    ]);
    const noAgs = files.write('no-ags.csv', 'plz,ort\n45127,Essen\n');
    await expect(readPostcodeTable(noAgs)).rejects.toThrow(
      `${noAgs}:1: field "ags": missing column (a postcode table needs "postcode" and "ags"; found: plz, ort)`,
    );
    const bad = files.write('bad-plz.csv', 'postcode,ags\n45127,05113000\n451,05113000\n');
    await expect(readPostcodeTable(bad)).rejects.toThrow(
      `${bad}:3: field "postcode": "451" is not a postcode`,
    );
  });
});

describe('the list of problems', () => {
  it(`names at most ${LISTED_PROBLEMS} problems and counts the rest`, () => {
    const invalid = Array.from({ length: LISTED_PROBLEMS + 5 }, (_, i) => ({
      line: i + 2,
      field: 'url',
      reason: 'bad',
    }));
    const lines = describeInvalid(invalid).split('\n');
    expect(lines).toHaveLength(LISTED_PROBLEMS + 1);
    expect(lines[0]).toBe('  line 2: url: bad');
    expect(lines.at(-1)).toBe('  … and 5 more');
  });
});
