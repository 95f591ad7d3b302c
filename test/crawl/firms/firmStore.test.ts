import { sql } from 'kysely';
import { expect, it } from 'vitest';
import {
  importFirmList,
  listFirmsToCrawl,
  listStoredFirms,
  markFirmCrawled,
  purgeCrawlText,
  saveFirmClassification,
} from '../../../src/crawl/firms/index.js';
import { StoreError } from '../../../src/store/index.js';
import { describeEachDatabase } from '../../store/databases.js';
import { classification, seedRuhr, tempFiles } from './fixtures.js';

const files = tempFiles();
const LIST = [
  'firm_id,name,url,ags',
  'F3,Drei,drei.de,05113000',
  'F1,Eins,eins.de,05113000',
  'F2,Zwei,,05911000',
  'F4,Vier,vier.de,05911000',
].join('\n');

describeEachDatabase('firm store', (store) => {
  it('lists firms with a website whose crawl is not finished, by firm_id, up to the limit', async () => {
    await seedRuhr(store().db);
    await importFirmList(store(), files.write('list.csv', LIST));
    expect((await listFirmsToCrawl(store(), 10)).map((f) => f.firmId)).toEqual(['F1', 'F3', 'F4']);
    await markFirmCrawled(store(), 'F1', { status: 'crawling', pages: 2, finalUrl: null });
    await markFirmCrawled(store(), 'F3', {
      status: 'robots_disallowed',
      pages: 0,
      finalUrl: 'http://drei.de/',
    });
    const next = await listFirmsToCrawl(store(), 1);
    expect(next).toEqual([
      { firmId: 'F1', name: 'Eins', url: 'http://eins.de/', ags: '05113000', status: 'crawling' },
    ]);
    expect((await listFirmsToCrawl(store(), 10)).map((f) => f.firmId)).toEqual(['F1', 'F4']);
  });

  it('records crawl outcomes and classifications; snippets are cut to 160 characters', async () => {
    await seedRuhr(store().db);
    await importFirmList(store(), files.write('list.csv', LIST));
    await markFirmCrawled(store(), 'F4', { status: 'moved', pages: 12, finalUrl: 'https://vier-neu.de/' });
    const long = 'Ä'.repeat(200);
    await saveFirmClassification(
      store(),
      'F4',
      classification({
        aiAffine: true,
        aiScore: 2,
        foundedFromSite: 2021,
        evidence: [{ kind: 'ai', term: 'KI', url: 'https://vier-neu.de/', snippet: long }],
      }),
    );
    const f4 = (await listStoredFirms(store())).find((f) => f.firmId === 'F4')!;
    expect(f4).toMatchObject({
      status: 'moved',
      pages: 12,
      finalUrl: 'https://vier-neu.de/',
      digitalScore: 3.5,
      aiScore: 2,
      digitalAffine: true,
      aiAffine: true,
      foundedFromSite: 2021,
      classifierVersion: 'dict-1',
    });
    expect(f4.crawledAt).not.toBeNull();
    expect(Array.from(f4.evidence[0]!.snippet)).toHaveLength(160);
    expect(f4.evidence[0]!.snippet.endsWith('Ä…')).toBe(true);
  });

  it('crawls a website shared by several firms once and gives each of them the result', async () => {
    await seedRuhr(store().db);
    const shared = [
      'firm_id,name,url,ags',
      'A,Kette Essen,www.kette.de,05113000',
      'B,Kette Bochum,kette.de/,05911000',
    ];
    await importFirmList(store(), files.write('shared.csv', shared.join('\n')));
    expect((await listFirmsToCrawl(store(), 10)).map((f) => f.firmId)).toEqual(['A']);
    await markFirmCrawled(store(), 'A', { status: 'done', pages: 5, finalUrl: 'https://kette.de/' });
    await saveFirmClassification(store(), 'A', classification({ aiAffine: true }));
    const results = (firms: Awaited<ReturnType<typeof listStoredFirms>>) =>
      firms.map((f) => [
        f.firmId,
        f.ags,
        f.status,
        f.pages,
        f.finalUrl,
        f.digitalAffine,
        f.aiAffine,
        f.duplicateOf,
      ]);
    expect(results(await listStoredFirms(store()))).toEqual([
      ['A', '05113000', 'done', 5, 'https://kette.de/', true, true, null],
      ['B', '05911000', 'done', 5, 'https://kette.de/', true, true, 'A'],
    ]);
    // A branch added later takes the result of the site crawled already.
    const more = files.write(
      'more.csv',
      [...shared, 'C,Kette Mülheim,https://www.kette.de,05117000'].join('\n'),
    );
    expect(await importFirmList(store(), more)).toMatchObject({ inserted: 1, unchanged: 2 });
    expect(results(await listStoredFirms(store()))[2]).toEqual([
      'C',
      '05117000',
      'done',
      5,
      'https://kette.de/',
      true,
      true,
      'A',
    ]);
    expect(await listFirmsToCrawl(store(), 10)).toEqual([]);
  });

  it('refuses unknown firms, statuses and page counts', async () => {
    await seedRuhr(store().db);
    await importFirmList(store(), files.write('list.csv', LIST));
    await expect(
      markFirmCrawled(store(), 'F9', { status: 'done', pages: 1, finalUrl: null }),
    ).rejects.toThrow(new StoreError('no firm "F9" in the firm list'));
    await expect(
      markFirmCrawled(store(), 'F1', { status: 'finished' as 'done', pages: 1, finalUrl: null }),
    ).rejects.toThrow(/unknown firm status "finished"/);
    await expect(
      markFirmCrawled(store(), 'F1', { status: 'done', pages: -1, finalUrl: null }),
    ).rejects.toThrow('firm F1: pages must be a count, not -1');
    await expect(saveFirmClassification(store(), 'F9', classification())).rejects.toThrow('no firm "F9"');
  });

  it('purge deletes the page text and, when asked, the evidence snippets; twice clears nothing more', async () => {
    await seedRuhr(store().db);
    await importFirmList(store(), files.write('list.csv', LIST));
    await saveFirmClassification(store(), 'F1', classification());
    for (const [url, text] of [
      ['http://eins.de/', 'Impressum: Geschäftsführer Max Mustermann'],
      ['http://eins.de/a', null],
      ['http://eins.de/b', 'Produkte'],
    ] as const) {
      await sql`insert into crawl_pages (firm_id, url, final_url, kind, bytes, truncated, text, text_chars, depth, fetched_at)
        values ('F1', ${url}, ${url}, 'html', 100, 0, ${text}, 10, 0, '2025-01-01T00:00:00Z')`.execute(
        store().db,
      );
    }
    expect(await purgeCrawlText(store())).toEqual({
      cleared: [{ table: 'crawl_pages', column: 'text', rows: 2 }],
      evidence: 0,
    });
    const texts = await sql<{ text: string | null }>`select text from crawl_pages`.execute(store().db);
    expect(texts.rows.map((r) => r.text)).toEqual([null, null, null]);
    expect((await listStoredFirms(store())).find((f) => f.firmId === 'F1')!.evidence).toHaveLength(1);
    expect(await purgeCrawlText(store(), { evidence: true })).toEqual({
      cleared: [{ table: 'crawl_pages', column: 'text', rows: 0 }],
      evidence: 1,
    });
    const f1 = (await listStoredFirms(store())).find((f) => f.firmId === 'F1')!;
    expect(f1.evidence).toEqual([]);
    expect(f1.digitalAffine).toBe(true);
  });
});
