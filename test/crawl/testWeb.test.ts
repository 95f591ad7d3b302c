import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl, type CrawlRun } from '../../src/crawl/index.js';
import type { Store } from '../../src/store/index.js';
import { storeWithFirms, tempDir, testOptions } from './helpers.js';
import { startTestWeb, type TestWeb } from './web/server.js';
import { CP1252_TEXT, ISO_TEXT, SITES } from './web/sites.js';

describe('the crawler on the 30+ site local test web', () => {
  let web: TestWeb;
  let store: Store;
  let dir: string;
  let run: CrawlRun;
  const firm = (name: string) =>
    store.db.selectFrom('crawl_firms').selectAll().where('firm_id', '=', name).executeTakeFirstOrThrow();
  const pages = (name: string) =>
    store.db.selectFrom('crawl_pages').selectAll().where('firm_id', '=', name).orderBy('id').execute();
  const paths = (name: string) => web.sites[name]!.requests.map((r) => r.path);

  beforeAll(async () => {
    web = await startTestWeb(SITES);
    dir = tempDir();
    store = await storeWithFirms(
      join(dir, 'crawl.db'),
      dir,
      SITES.map((s) => [s.name, `${web.urls[s.name]}/`]),
    );
    run = await runCrawl(store, testOptions());
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes every firm with exactly one result', async () => {
    expect(SITES.length).toBeGreaterThanOrEqual(30);
    expect(run.sites).toHaveLength(SITES.length);
    const firms = await store.db.selectFrom('crawl_firms').select(['firm_id', 'status']).execute();
    expect(firms.filter((f) => f.status === 'pending' || f.status === 'crawling')).toEqual([]);
    const open = await store.db
      .selectFrom('crawl_sites')
      .select('firm_id')
      .where('state', '=', 'open')
      .execute();
    expect(open).toEqual([]);
  });

  it('crawls an ordinary firm site and classifies it', async () => {
    const f = await firm('plain');
    expect(f.status).toBe('done');
    expect(f.pages).toBe(5);
    expect(f.classified_at).not.toBeNull();
    const kinds = (await pages('plain')).map((p) => p.kind);
    expect(kinds).toEqual(['html', 'html', 'html', 'html', 'html']);
  });

  it('logs every request it makes (the audit trail matches what the servers received)', async () => {
    const logged = await store.db
      .selectFrom('crawl_requests')
      .select(['url', 'worker', 'at', 'ms'])
      .execute();
    const received = Object.values(web.sites).flatMap((site) =>
      site.requests.map((r) => `${site.url}${r.path}`),
    );
    expect(logged.map((l) => l.url).sort()).toEqual(received.sort());
    expect(logged.every((l) => l.worker === run.worker && l.ms >= 0 && !Number.isNaN(Date.parse(l.at)))).toBe(
      true,
    );
  });

  it('sends its user agent with the contact address', () => {
    const agents = new Set(web.sites.plain!.requests.map((r) => r.userAgent));
    expect([...agents]).toEqual([testOptions().userAgent]);
    expect(testOptions().userAgent).toMatch(/^digitalindex\/\S+ \(\+https?:\/\//);
  });

  it('never requests a path robots.txt disallows', async () => {
    expect(paths('robotsDisallow')).not.toContain('/intern/geheim');
    expect(paths('robotsDisallow')).not.toContain('/privat-bereich');
    expect(paths('robotsDisallow')).toContain('/impressum');
    const skipped = await store.db
      .selectFrom('crawl_frontier')
      .select(['url', 'reason'])
      .where('firm_id', '=', 'robotsDisallow')
      .where('state', '=', 'skipped')
      .execute();
    expect(skipped.map((s) => s.reason)).toEqual(['robots', 'robots']);
  });

  it('treats robots.txt answering 500, or not answering in time, as disallowing everything', async () => {
    expect(paths('robots500')).toEqual(['/robots.txt']);
    expect((await firm('robots500')).status).toBe('robots_disallowed');
    expect(paths('robotsUnreachable')).toEqual(['/robots.txt']);
    expect((await firm('robotsUnreachable')).status).toBe('robots_disallowed');
  });

  it('keeps at least the Crawl-delay between two requests to one host (server-side arrival times)', () => {
    const times = web.sites.crawlDelay!.requests.map((r) => r.at);
    expect(web.sites.crawlDelay!.requests.map((r) => r.path)).toEqual([
      '/robots.txt',
      '/sitemap.xml',
      '/',
      '/a',
      '/b',
      '/c',
    ]);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000 - 1);
  });

  it('keeps the configured delay on every host and never has two requests in flight to one host', () => {
    for (const site of Object.values(web.sites)) {
      const times = site.requests.map((r) => r.at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(20 - 1);
    }
  });

  it('follows redirect chains, records the final URL and stops redirect loops', async () => {
    const home = (await pages('redirectChain'))[0]!;
    expect(new URL(home.final_url).pathname).toBe('/de/start');
    expect(home.kind).toBe('html');
    const failed = await store.db
      .selectFrom('crawl_frontier')
      .select(['url', 'reason'])
      .where('firm_id', '=', 'redirectChain')
      .where('state', '=', 'failed')
      .execute();
    expect(failed.map((f) => [new URL(f.url).pathname, f.reason])).toEqual([['/loop-a', 'redirect_loop']]);
    expect((await firm('homeLoop')).status).toBe('failed');
  });

  it('notes a redirect to another domain as the firm’s new site and crawls it', async () => {
    const f = await firm('moved');
    expect(f.status).toBe('moved');
    expect(f.final_url).toBe(`${web.urls.movedTarget}/`);
    expect(f.pages).toBe(5);
  });

  it('gives up a slow page after the time-out and logs it as a retryable time-out', async () => {
    const log = await store.db
      .selectFrom('crawl_requests')
      .select(['url', 'error_kind', 'retryable'])
      .where('firm_id', '=', 'slow')
      .where('error_kind', 'is not', null)
      .where('url', 'not like', '%.xml')
      .where('url', 'not like', '%.txt')
      .execute();
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(
      log.every((l) => l.error_kind === 'timeout' && l.retryable === 1 && l.url.endsWith('/langsam')),
    ).toBe(true);
    expect((await firm('slow')).status).toBe('done');
  });

  it('reads at most max-bytes of a huge page and marks it truncated', async () => {
    const [home] = await pages('huge');
    expect(home!.truncated).toBe(1);
    expect(home!.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(home!.text).toMatch(/^Anfang\./);
  });

  it('records binary content served as HTML and non-HTML content types, without text', async () => {
    const bin = (await pages('binary')).find((p) => p.url.endsWith('/bild'))!;
    expect(bin.kind).toBe('binary');
    expect(bin.text).toBeNull();
    const pdf = (await pages('pdfLink')).find((p) => p.url.endsWith('/katalog'))!;
    expect(pdf.kind).toBe('not_html');
    expect(pdf.content_type).toBe('application/pdf');
    expect(paths('pdfLink')).not.toContain('/prospekt.pdf');
  });

  it('logs 404s as fatal http_4xx errors and goes on', async () => {
    const log = await store.db
      .selectFrom('crawl_requests')
      .select(['url', 'http_status', 'error_kind', 'retryable'])
      .where('firm_id', '=', 'notFound')
      .where('http_status', '=', 404)
      .where('url', 'not like', '%.xml')
      .where('url', 'not like', '%.txt')
      .execute();
    expect(log.map((l) => [new URL(l.url).pathname, l.error_kind, l.retryable]).sort()).toEqual([
      ['/auch-nicht', 'http_4xx', 0],
      ['/gibt-es-nicht', 'http_4xx', 0],
    ]);
    expect((await firm('notFound')).status).toBe('done');
  });

  it('bounds a spider trap (endless calendar, session ids, repeated segments, query explosion)', async () => {
    const requested = paths('trap');
    expect(requested.length).toBeLessThanOrEqual(12);
    expect(requested.some((p) => /PHPSESSID/i.test(p))).toBe(false);
    expect(requested.some((p) => p.startsWith('/suche'))).toBe(false);
    expect(new Set(requested).size).toBe(requested.length);
    expect((await firm('trap')).status).toBe('done');
  });

  it('decodes ISO-8859-1 and Windows-1252 pages with umlauts', async () => {
    const [iso] = await pages('iso');
    expect(iso!.text).toBe(ISO_TEXT);
    expect(iso!.title).toBe('Bäckerei Müller');
    expect(iso!.charset).toBe('windows-1252');
    const [cp] = await pages('cp1252');
    expect(cp!.text).toBe(CP1252_TEXT);
  });

  it('records a page whose text appears only after JavaScript as such, with no text', async () => {
    const [home] = await pages('jsOnly');
    expect(home!.kind).toBe('js_only');
    expect(home!.text).toBe('');
    const f = await firm('jsOnly');
    expect(f.status).toBe('done');
    expect(f.classified_at).toBeNull();
  });

  it('uses the sitemap (index and gzipped URL set from robots.txt), but only same-site URLs', () => {
    expect(paths('sitemap')).toContain('/versteckt');
    expect(paths('plain')).not.toContain('/fremd');
  });

  it('backs off after 429 for as long as Retry-After says, then fetches the page', async () => {
    const requests = web.sites.tooMany!.requests.filter((r) => r.path === '/leistungen');
    expect(requests).toHaveLength(2);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(1000 - 1);
    expect((await pages('tooMany')).map((p) => p.kind)).toEqual(['html', 'html']);
  });

  it('marks near-duplicate pages and still crawls the site', async () => {
    const rows = await pages('nearDup');
    expect(rows).toHaveLength(3);
    const print = rows.find((p) => p.url.endsWith('/produkt-druckansicht'))!;
    expect(print.near_duplicate_of).toBe(`${web.urls.nearDup}/produkt`);
    expect(rows.find((p) => p.url.endsWith('/produkt'))!.near_duplicate_of).toBeNull();
  });

  it('stays on the site: off-site links, mail and script links are not followed', () => {
    expect(paths('offsite').sort()).toEqual(['/', '/impressum', '/robots.txt', '/sitemap.xml']);
    expect(paths('retail').filter((p) => p === '/')).toHaveLength(1);
  });

  it('fails a site whose home answers 503 after the retries, honouring Retry-After between them', async () => {
    const homes = web.sites.unavailable!.requests.filter((r) => r.path === '/');
    expect(homes).toHaveLength(testOptions().maxAttempts);
    for (let i = 1; i < homes.length; i++)
      expect(homes[i]!.at - homes[i - 1]!.at).toBeGreaterThanOrEqual(1000 - 1);
    expect((await firm('unavailable')).status).toBe('failed');
  });

  it('fetches the most informative pages first within the page budget', async () => {
    const order = (await pages('priority')).map((p) => new URL(p.url).pathname);
    expect(order.slice(0, 5)).toEqual([
      '/',
      '/impressum',
      '/ueber-uns',
      '/produkte/alle/uebersicht',
      '/karriere',
    ]);
    expect(order.slice(-2)).toEqual(['/blog/2019/05/ein-langer-beitrag', '/datenschutz']);
  });

  it('honours <meta name="robots" content="nofollow">', () => {
    expect(paths('nofollow')).not.toContain('/nicht-folgen');
  });

  it('extracts visible text without boilerplate, with title, description and language', async () => {
    const [home] = await pages('boilerplate');
    expect(home!.text).toBe('Metallbau Schmidt\nGeländer & Treppen aus Stahl.');
    expect(home!.title).toBe('Metallbau Schmidt');
    expect(home!.description).toBe('Metallbau in Bochum');
    expect((await pages('plain'))[0]!.lang).toBe('de');
    expect((await pages('english'))[0]!.lang).toBe('en');
  });
});
