// The readers of job-ad files: CSV, JSON arrays, JSON Lines and the job-search service's JSON, and their problems.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arrayElements } from '../../src/jobs/read/jsonArray.js';
import { openAds } from '../../src/jobs/read/index.js';
import { parseDate } from '../../src/jobs/read/fields.js';
import type { AdRecord } from '../../src/jobs/types.js';
import { searchEntry, searchPage, tempDir } from './helpers.js';

const files = tempDir();
afterAll(() => files.remove());

async function read(name: string, text: string): Promise<{ format: string; records: AdRecord[] }> {
  const opened = openAds(files.write(name, text));
  const records: AdRecord[] = [];
  for await (const r of opened.records) records.push(r);
  return { format: opened.format, records };
}

const HEADER = 'id,title,description,employer,postcode,town,date,source,lat,lon';

describe('CSV', () => {
  it('reads ads in any column order, with quoted multi-line descriptions, reporting the line each starts on', async () => {
    const { format, records } = await read(
      'ads.csv',
      [
        'source;date;town;postcode;employer;description;title;id',
        'jobsuche;2025-03-01;Essen;45127;Ruhr AG;"Erste Zeile',
        'zweite Zeile; mit Semikolon";Data Engineer;A-1',
        '',
        'stepstone;02.03.2025;Bochum;;Kita gGmbH;Betreuung;Erzieherin;A-2',
      ].join('\n'),
    );
    expect(format).toBe('csv');
    expect(records).toEqual([
      {
        line: 2,
        ad: {
          id: 'A-1',
          title: 'Data Engineer',
          description: 'Erste Zeile\nzweite Zeile; mit Semikolon',
          employer: 'Ruhr AG',
          postcode: '45127',
          town: 'Essen',
          date: '2025-03-01',
          source: 'jobsuche',
          lat: null,
          lon: null,
          detailsPending: false,
        },
      },
      {
        line: 5,
        ad: expect.objectContaining({
          id: 'A-2',
          date: '2025-03-02',
          postcode: null,
          town: 'Bochum',
        }) as unknown,
      },
    ]);
  });

  it('takes coordinates with a decimal point or comma', async () => {
    const { records } = await read(
      'coords.csv',
      `${HEADER}\nx,T,D,E,45127,Essen,2025-01-01,s,51.45,"7,01"\n`,
    );
    expect(records[0]).toMatchObject({ ad: { lat: 51.45, lon: 7.01 } });
  });

  it('names every problem by line and field', async () => {
    const { records } = await read(
      'bad.csv',
      [
        HEADER,
        ',Titel,D,E,4512,Essen,2025-02-30,s,51.4,',
        'b,Titel,D,E,45127,Essen,2025-02-01,,95,7',
        'c,Titel,D,E,45127,Essen',
      ].join('\n'),
    );
    const problems = records.flatMap((r) => ('problems' in r ? r.problems : []));
    expect(problems).toEqual([
      { line: 2, field: 'id', reason: 'is empty' },
      { line: 2, field: 'postcode', reason: '"4512" is not a German postcode (five digits)' },
      { line: 2, field: 'date', reason: '"2025-02-30" is not a date (YYYY-MM-DD or DD.MM.YYYY)' },
      { line: 2, field: 'lon', reason: 'is empty while the other coordinate is given' },
      { line: 3, field: 'source', reason: 'is empty' },
      { line: 3, field: 'lat', reason: '95 is outside −90…90 degrees' },
      { line: 4, field: null, reason: 'has 6 cells, the header 10' },
    ]);
  });

  it('rejects a header without the required fields', async () => {
    const { records } = await read('header.csv', 'id,title,text\n1,a,b\n');
    expect(records).toEqual([
      {
        line: 1,
        problems: [
          {
            line: 1,
            field: 'description',
            reason:
              'the header lacks "description", "employer", "postcode", "town", "date", "source" (it needs id, title, description, employer, postcode, town, date, source; lat, lon optional)',
          },
        ],
      },
    ]);
  });

  it('reports an unclosed quote with its line', async () => {
    const { records } = await read('quote.csv', `${HEADER}\na,"T,D,E,45127,Essen,2025-01-01,s,,\n`);
    const last = records.at(-1)!;
    expect('problems' in last && last.problems[0]!.reason).toMatch(/^not valid CSV: Quote Not Closed/);
  });
});

describe('JSON and JSON Lines', () => {
  const ad = (id: string, extra: object = {}) => ({
    id,
    title: 'Machine Learning Engineer',
    description: 'PyTorch',
    employer: 'KI GmbH',
    postcode: 45127,
    town: 'Essen',
    date: '2025-04-01T10:00:00',
    source: 'board',
    ...extra,
  });

  it('streams a JSON array with the line of each element; a numeric postcode keeps its leading zero', async () => {
    const text = `[\n  ${JSON.stringify(ad('1'))},\n  ${JSON.stringify(ad('2', { postcode: 1067, lat: 51.1, lon: 13.7 }))}\n]\n`;
    const { format, records } = await read('ads.json', text);
    expect(format).toBe('json');
    expect(records.map((r) => r.line)).toEqual([2, 3]);
    expect(records[1]).toMatchObject({ ad: { postcode: '01067', date: '2025-04-01', lat: 51.1 } });
  });

  it('reads JSON Lines, skipping blank lines, and names the line of a broken one', async () => {
    const text = `${JSON.stringify(ad('1'))}\n\n{"id": "2", "title": \n${JSON.stringify(ad('3', { title: 7 }))}\n`;
    const { format, records } = await read('ads.jsonl', text);
    expect(format).toBe('jsonl');
    expect(records[0]).toMatchObject({ line: 1, ad: { id: '1' } });
    expect(records[1]).toMatchObject({ line: 3, problems: [{ line: 3, field: null }] });
    expect('problems' in records[1]! && records[1].problems[0]!.reason).toMatch(/^not valid JSON: /);
    expect(records[2]).toEqual({
      line: 4,
      ad: expect.objectContaining({ title: '7' }) as unknown,
    });
  });

  it('a null date is a problem', async () => {
    const { records } = await read(
      'null.jsonl',
      `${JSON.stringify(ad('1', { date: null }))}\n${JSON.stringify(ad('2'))}\n`,
    );
    expect(records[0]).toEqual({ line: 1, problems: [{ line: 1, field: 'date', reason: 'is empty' }] });
  });

  it('splits arrays whose strings hold brackets, commas and escaped quotes', async () => {
    const elements: { line: number; text: string }[] = [];
    const chunks = ['[{"a":"x]\\",{"}', ', \n', '[1,[2]]', ',"s"', ']'];
    for await (const e of arrayElements(chunks)) elements.push(e);
    expect(elements.map((e) => JSON.parse(e.text) as unknown)).toEqual([{ a: 'x]",{' }, [1, [2]], 's']);
    expect(elements.map((e) => e.line)).toEqual([1, 2, 2]);
  });

  it('reports a broken array structure with its line', async () => {
    const { records } = await read('broken.json', `[\n${JSON.stringify(ad('1'))},\n,\n]`);
    expect(records.at(-1)).toEqual({
      line: 3,
      problems: [{ line: 3, field: null, reason: 'two commas in a row' }],
    });
  });
});

describe('the job-search service format', () => {
  it('reads a result page: refnr, titel, arbeitgeber, arbeitsort; the ads wait for their details', async () => {
    const text = searchPage(
      [
        searchEntry('10001-1000000001-S', 'Data Scientist (m/w/d)'),
        searchEntry('18022-ABCDEFGH-S', 'Koch (m/w/d)', { plz: undefined, ort: 'Gelsenkirchen-Buer' }),
      ],
      1,
      25,
      2,
    );
    const { format, records } = await read('page.json', text);
    expect(format).toBe('jobsuche');
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      line: 1,
      ad: {
        id: '10001-1000000001-S',
        title: 'Data Scientist (m/w/d)',
        description: '',
        employer: 'Beispiel GmbH',
        postcode: '45127',
        town: 'Essen',
        date: '2025-05-02',
        source: 'jobsuche',
        lat: 51.455,
        lon: 7.011,
        detailsPending: true,
      },
    });
    expect(records[1]).toMatchObject({ ad: { postcode: null, town: 'Gelsenkirchen-Buer' } });
  });

  it("gives each entry of a pretty-printed page its line, and problems in the service's field names", async () => {
    const entries = [
      searchEntry('1-S', 'A'),
      { ...searchEntry('', 'B'), aktuelleVeroeffentlichungsdatum: 'gestern' },
    ];
    const text = JSON.stringify(JSON.parse(searchPage(entries, 1, 25, 2)), null, 2);
    const { records } = await read('pretty.json', text);
    expect(records[0]!.line).toBe(3);
    expect(records[1]).toEqual({
      line: records[1]!.line,
      problems: [
        { line: records[1]!.line, field: 'refnr', reason: 'is empty' },
        {
          line: records[1]!.line,
          field: 'aktuelleVeroeffentlichungsdatum',
          reason: '"gestern" is not a date (YYYY-MM-DD or DD.MM.YYYY)',
        },
      ],
    });
    expect(records[1]!.line).toBeGreaterThan(records[0]!.line);
  });

  it('reads the details of one ad with its description', async () => {
    const details = {
      refnr: '10001-1000000001-S',
      titel: 'Data Scientist (m/w/d)',
      arbeitgeber: 'Beispiel GmbH',
      stellenbeschreibung: 'Sie trainieren neuronale Netze.',
      aktuelleVeroeffentlichungsdatum: '2025-05-02',
      arbeitsorte: [{ plz: '45127', ort: 'Essen', koordinaten: { lat: 51.45, lon: 7.01 } }],
    };
    const { records } = await read('details.json', JSON.stringify(details));
    expect(records).toEqual([
      {
        line: 1,
        ad: expect.objectContaining({
          id: '10001-1000000001-S',
          description: 'Sie trainieren neuronale Netze.',
          detailsPending: false,
        }) as unknown,
      },
    ]);
  });

  it('explains what a JSON object must be', async () => {
    const { records } = await read('other.json', '{"jobs": []}');
    expect('problems' in records[0]! && records[0].problems[0]!.reason).toMatch(
      /^a JSON object is read as a response/,
    );
  });
});

describe('dates', () => {
  it('accepts ISO days and times and German dates, rejects impossible days', () => {
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2025-05-02T23:38:39.95')).toBe('2025-05-02');
    expect(parseDate('3.1.2025')).toBe('2025-01-03');
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('2025/01/01')).toBeNull();
  });
});

const REAL_PAGE = join(
  process.env.DIGITALINDEX_REFERENCE ?? resolve('../shared/reference'),
  'real-inputs/jobsuche/nisc586__jobsuche_search_v4.json',
);

describe.runIf(existsSync(REAL_PAGE))(
  'a real result page of the job search (reference file, read only)',
  () => {
    it('reads its 25 entries as ads waiting for details, both refnr shapes, some without a postcode', async () => {
      const records: AdRecord[] = [];
      const opened = openAds(REAL_PAGE);
      for await (const r of opened.records) records.push(r);
      expect(opened.format).toBe('jobsuche');
      expect(records).toHaveLength(25);
      const ads = records.flatMap((r) => ('ad' in r ? [r.ad] : []));
      expect(ads).toHaveLength(25);
      expect(
        ads.every((a) => a.detailsPending && a.source === 'jobsuche' && /^\d{4}-\d{2}-\d{2}$/.test(a.date)),
      ).toBe(true);
      expect(ads.some((a) => /^\d{5}-\d+-S$/.test(a.id))).toBe(true);
      expect(ads.some((a) => /^\d{5}-[A-Z0-9]+-S$/.test(a.id) && !/^\d{5}-\d+-S$/.test(a.id))).toBe(true);
      expect(ads.some((a) => a.postcode === null)).toBe(true);
    });
  },
);
