import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { firmsCsv, type StoredFirm } from '../../../src/crawl/firms/index.js';
import { isDigitalStartup } from '../../../src/crawl/firms/startup.js';

function firm(overrides: Partial<StoredFirm>): StoredFirm {
  return {
    firmId: 'F1',
    name: 'Firma',
    url: 'http://firma.de/',
    duplicateOf: null,
    ags: '05113000',
    founded: null,
    wz: null,
    status: 'done',
    pages: 5,
    finalUrl: 'https://firma.de/',
    crawledAt: '2025-03-01T10:00:00.000Z',
    digitalScore: 4.25,
    aiScore: 0.5,
    digitalAffine: true,
    aiAffine: false,
    foundedFromSite: null,
    evidence: [],
    classifierVersion: 'dict-1',
    classifiedAt: '2025-03-01T10:00:01.000Z',
    ...overrides,
  };
}

describe('start-up rule', () => {
  it('counts digital-affine firms founded 0 to 5 years before the reference year (inclusive)', () => {
    const at = (
      founded: number | null,
      foundedFromSite: number | null = null,
      digitalAffine: boolean | null = true,
    ) => isDigitalStartup({ founded, foundedFromSite, digitalAffine }, 2025);
    expect([2019, 2020, 2021, 2025, 2026].map((y) => at(y))).toEqual([false, true, true, true, false]);
    expect(at(null)).toBe(false);
    expect(at(null, 2022)).toBe(true);
    expect(at(2010, 2022)).toBe(false); // the list's year wins over the site's
    expect(at(2022, null, false)).toBe(false);
    expect(at(2022, null, null)).toBe(false);
    expect(isDigitalStartup({ founded: 2015, foundedFromSite: null, digitalAffine: true }, 2025, 10)).toBe(
      true,
    );
  });
});

describe('crawl export', () => {
  it('writes one row per firm with flags, start-up, evidence; unclassified firms have empty flags', () => {
    const csv = firmsCsv(
      [
        firm({
          founded: 2022,
          evidence: [
            { kind: 'digital', term: 'Cloud', url: 'https://firma.de/', snippet: 'Cloud, "SaaS" und mehr' },
          ],
        }),
        firm({
          firmId: 'F2',
          url: null,
          status: 'no_website',
          pages: 0,
          finalUrl: null,
          digitalScore: null,
          aiScore: null,
          digitalAffine: null,
          aiAffine: null,
          classifierVersion: null,
          classifiedAt: null,
        }),
        firm({
          firmId: 'F3',
          status: 'failed',
          pages: 0,
          digitalScore: 0,
          aiScore: 0,
          digitalAffine: false,
          aiAffine: false,
          foundedFromSite: 2024,
        }),
        firm({ firmId: 'F4', aiAffine: true, foundedFromSite: 2019, digitalScore: 0.1 }),
      ],
      { referenceYear: 2025 },
    );
    const lines = csv.split('\n');
    expect(lines[0]).toBe(
      'firm_id,ags,url,status,pages,digital_score,ai_score,digital_affine,ai_affine,founded,startup,final_url,classifier_version,evidence',
    );
    expect(lines[1]).toBe(
      'F1,05113000,http://firma.de/,done,5,4.25,0.5,1,0,2022,1,https://firma.de/,dict-1,' +
        '"[{""kind"":""digital"",""term"":""Cloud"",""url"":""https://firma.de/"",""snippet"":""Cloud, \\""SaaS\\"" und mehr""}]"',
    );
    expect(lines[2]).toBe('F2,05113000,,no_website,0,,,,,,,,,');
    // F3: classified but no page read: not classified; its site's founding year is still shown.
    expect(lines[3]).toBe('F3,05113000,http://firma.de/,failed,0,,,,,2024,,https://firma.de/,dict-1,');
    expect(lines[4]).toBe('F4,05113000,http://firma.de/,done,5,0.1,0.5,1,1,2019,0,https://firma.de/,dict-1,');
    expect(lines[5]).toBe('');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(JSON.parse(rows[0]!.evidence!)).toEqual([
      { kind: 'digital', term: 'Cloud', url: 'https://firma.de/', snippet: 'Cloud, "SaaS" und mehr' },
    ]);
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const csv = firmsCsv(
      [
        firm({
          firmId: '=HYPERLINK("http://evil")',
          ags: '+05113000',
          url: '-x',
          finalUrl: '@SUM(A1)',
          classifierVersion: '\tv',
        }),
        firm({
          firmId: 'ok',
          evidence: [{ kind: 'ai', term: '=1+1', url: 'u', snippet: 's' }],
        }),
      ],
      { referenceYear: 2025 },
    );
    const rows = parse(csv, { columns: true, relax_quotes: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      firm_id: `'=HYPERLINK("http://evil")`,
      ags: "'+05113000",
      url: "'-x",
      final_url: "'@SUM(A1)",
      classifier_version: "'\tv",
    });
    // JSON evidence starts with "[": harmless; the term inside is text of a JSON document.
    expect(rows[1]!.evidence!.startsWith('[')).toBe(true);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
