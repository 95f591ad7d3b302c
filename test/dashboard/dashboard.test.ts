// The dashboard in Chromium against the real server: every view, numbers against the API, language, weights, deep links, axe-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  EditionsResponse,
  MethodologyResponse,
  ResultsResponse,
  UnitProfileResponse,
} from '../../src/publish/api/types.js';
import { axeViolations, chromiumMissing, collectErrors, launchChromium, ready } from './browser.js';
import { startServer, type TestServer } from './server.js';

const skip = chromiumMissing();

/** A municipality renamed to markup that would run script if the dashboard ever parsed names as HTML. */
const HOSTILE_CODE = '05113000';
const HOSTILE_NAME = 'Essen <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> & "Co"';

const de = (value: number | null, digits = 1): string =>
  value === null
    ? '–'
    : new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );

describe.skipIf(skip !== null)('dashboard in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let latest: number;
  let municipalities: ResultsResponse;
  let regions: ResultsResponse;

  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(new URL(`api/${path}`, server.url));
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const go = async (query: string): Promise<void> => {
    await page.goto(new URL(query, server.url).href);
    await ready(page);
  };
  /** Texts of one column of a table's body rows. */
  const column = (selector: string): Promise<string[]> =>
    page.$$eval(selector, (cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));

  beforeAll(async () => {
    server = await startServer(async (store) => {
      await store.db
        .updateTable('units')
        .set({ name: HOSTILE_NAME })
        .where('unit_set', '=', 'municipalities')
        .where('code', '=', HOSTILE_CODE)
        .execute();
    });
    browser = await launchChromium();
    const editions = await api<EditionsResponse>('editions');
    latest = editions.latest!;
    municipalities = await api<ResultsResponse>(`editions/${latest}/results?unitSet=municipalities`);
    regions = await api<ResultsResponse>(`editions/${latest}/results?unitSet=regions`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = collectErrors(page);
  });

  afterEach(() => {
    // No view may log an error (a missing favicon or a failed request counts).
    expect(errors).toEqual([]);
  });

  it('overview: all municipalities ranked with the API numbers, a schematic map, a legend', async () => {
    await go('');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('#notice')).toMatch(/Synthetische Demodaten/);
    const rows = municipalities.rows;
    expect(rows).toHaveLength(53);
    expect(await page.locator('table.ranking tbody tr').count()).toBe(53);
    const root = municipalities.columns[0]!;
    const sorted = [...rows].sort(
      (a, b) => a.ranks[root]! - b.ranks[root]! || a.name.localeCompare(b.name, 'de'),
    );
    expect(await column('table.ranking tbody tr td.rank')).toEqual(sorted.map((r) => String(r.ranks[root])));
    expect(await column(`table.ranking tbody td[data-col="${root}"]`)).toEqual(
      sorted.map((r) => de(r.scores[root]!)),
    );
    expect(await page.locator('svg.map path.unit').count()).toBe(53);
    expect(await page.textContent('figure.map-figure figcaption')).toContain('Schematische Karte');
    expect(await page.locator('.legend li').count()).toBe(6);
  });

  it('renders hostile names as text, never as markup', async () => {
    await go('');
    const cell = page.locator(`table.ranking tr[data-code="${HOSTILE_CODE}"] th a`);
    expect(await cell.textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    await go(`?view=profile&unit=${HOSTILE_CODE}`);
    expect(await page.textContent('h1')).toContain(HOSTILE_NAME);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('clicking a column re-colours the map and re-sorts the table', async () => {
    await go('');
    const before = await page.$$eval('svg.map path.unit', (paths) =>
      paths.map((p) => p.getAttribute('fill')),
    );
    await page.click('table.ranking thead button[data-col="research"]');
    await page.waitForURL(/col=research/);
    await ready(page);
    const after = await page.$$eval('svg.map path.unit', (paths) => paths.map((p) => p.getAttribute('fill')));
    expect(after).not.toEqual(before);
    expect(await page.textContent('figure.map-figure figcaption')).toContain('Forschung');
    const first = municipalities.rows.find((r) => r.ranks.research === 1)!;
    expect(await page.getAttribute('table.ranking tbody tr:first-child', 'data-code')).toBe(first.code);
    expect(await page.getAttribute('table.ranking thead th[aria-sort]', 'aria-sort')).toBe('ascending');
    // Any indicator can colour the map too, from the selector.
    await page.selectOption('#overview-col', 'fttbh');
    await page.waitForURL(/col=fttbh/);
    await ready(page);
    expect(await column('table.ranking tbody td[data-col="fttbh"]')).toHaveLength(53);
  });

  it('switches the language (lang attribute, texts, number format) and back', async () => {
    await go('');
    await page.click('a.language');
    await page.waitForURL(/lang=en/);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('nav a[data-view="overview"]')).toBe('Overview');
    const root = municipalities.columns[0]!;
    const top = municipalities.rows.find((r) => r.ranks[root] === 1)!;
    const en = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(await page.textContent(`table.ranking tr[data-code="${top.code}"] td[data-col="${root}"]`)).toBe(
      en.format(top.scores[root]!),
    );
    await page.goBack();
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('nav a[data-view="overview"]')).toBe('Überblick');
  });

  it('profile: scores, ranks, rank interval and indicators as the API says', async () => {
    await go('');
    const code = '05913000';
    await page.click(`table.ranking tr[data-code="${code}"] th a`);
    await page.waitForURL(/view=profile/);
    await ready(page);
    const profile = await api<UnitProfileResponse>(`editions/${latest}/units/${code}`);
    expect(await page.textContent('h1')).toContain(profile.unit.name);
    for (const [node, score] of Object.entries(profile.scores)) {
      const row = page.locator(`table.scores tr[data-node="${node}"]`);
      if ((await row.count()) === 0) continue;
      expect(await row.locator('td').nth(0).textContent()).toBe(de(score));
      expect(await row.locator('td').nth(1).textContent()).toBe(
        `${profile.ranks[node]} / ${profile.unitCount}`,
      );
    }
    expect(await page.locator('table.indicators tbody tr').count()).toBe(profile.indicators.length);
    for (const indicator of profile.indicators)
      expect(await page.textContent(`tr[data-indicator="${indicator.code}"] td[data-role="score"]`)).toBe(
        de(indicator.score),
      );
    if (profile.rankInterval)
      expect(await page.textContent('[data-role="interval-text"]')).toContain(
        `zwischen Rang ${profile.rankInterval.p5} und ${profile.rankInterval.p95}`,
      );
    expect(await page.locator('table.similar tbody tr').count()).toBe(profile.similar.length);
  });

  it('comparison: two to five municipalities, deep link, back and forward', async () => {
    const [a, b, c] = municipalities.rows.map((r) => r.code);
    await go(`?view=compare&units=${a},${b}`);
    expect(await page.locator('table.compare thead th[data-code]').count()).toBe(2);
    const root = municipalities.columns[0]!;
    const rowA = municipalities.rows[0]!;
    expect(await page.textContent(`table.compare tr[data-node="${root}"] td[data-code="${a}"]`)).toBe(
      `${de(rowA.scores[root]!)} (Rang ${rowA.ranks[root]})`,
    );
    await page.selectOption('#compare-add', c!);
    await page.click('[data-key="compare-add-button"]');
    await page.waitForURL(new RegExp(`units=${a}%2C${b}%2C${c}`));
    await ready(page);
    expect(await page.locator('table.compare thead th[data-code]').count()).toBe(3);
    await page.goBack();
    await ready(page);
    expect(await page.locator('table.compare thead th[data-code]').count()).toBe(2);
    await page.goForward();
    await ready(page);
    expect(await page.locator('table.compare thead th[data-code]').count()).toBe(3);
  });

  it('regions: the metropolitan regions ranked, the Ruhr highlighted', async () => {
    await go('?view=regions');
    expect(await page.locator('table.ranking tbody tr').count()).toBe(regions.rows.length);
    expect(regions.rows.length).toBe(12);
    expect(await page.locator('table.ranking tbody tr.focus').getAttribute('data-code')).toBe('ruhr');
    const root = regions.columns[0]!;
    for (const row of regions.rows)
      expect(await page.textContent(`table.ranking tr[data-code="${row.code}"] td[data-col="${root}"]`)).toBe(
        de(row.scores[root]!),
      );
  });

  it('weights explorer: the spec weights reproduce the ranking; other weights re-rank live; the link reproduces them', async () => {
    await go('?view=weights');
    const root = municipalities.columns[0]!;
    const official = await column('#weights-table tbody td[data-role="official-rank"]');
    expect(await column('#weights-table tbody td[data-role="new-rank"]')).toEqual(official);
    // Keyboard only: research to 100, every other sub-index to 0.
    const sliders = page.locator('input[type="range"]');
    for (let i = 0; i < (await sliders.count()); i++) {
      const slider = sliders.nth(i);
      await slider.focus();
      await page.keyboard.press((await slider.getAttribute('data-code')) === 'research' ? 'End' : 'Home');
    }
    await page.waitForURL(/w=research%3A100/);
    const byCode = new Map(municipalities.rows.map((r) => [r.code, r]));
    const codes = await page.$$eval('#weights-table tbody tr', (rows) =>
      rows.map((r) => r.getAttribute('data-code')!),
    );
    const ranks = await column('#weights-table tbody td[data-role="new-rank"]');
    const scores = await column('#weights-table tbody td[data-role="new-score"]');
    codes.forEach((code, i) => {
      const row = byCode.get(code)!;
      expect(ranks[i]).toBe(String(row.ranks.research));
      expect(scores[i]).toBe(de(row.scores.research!));
    });
    expect(root).not.toBe('research');
    // The link reproduces the weights after a reload.
    const link = await page.getAttribute('#weights-link', 'href');
    await go(link!);
    expect(await page.inputValue('#weight-research')).toBe('100');
    expect(await column('#weights-table tbody td[data-role="new-rank"]')).toEqual(ranks);
  });

  it('methodology from the API: every indicator with source and normalisation', async () => {
    await go('?view=methodology');
    const m = await api<MethodologyResponse>(`editions/${latest}/methodology`);
    expect(await page.locator('table.methodology tbody tr[data-indicator]').count()).toBe(
      m.indicators.length,
    );
    for (const indicator of m.indicators) {
      const text = await page.textContent(`tr[data-indicator="${indicator.code}"]`);
      expect(text).toContain(indicator.name.de);
      expect(text).toContain(indicator.source.publisher);
    }
  });

  it('downloads: every link answers', async () => {
    await go('?view=downloads');
    const links = (await page.$$eval('a[data-download]', (as) => as.map((a) => a.getAttribute('href')!))).map(
      (href) => new URL(href, page.url()).href,
    );
    expect(links.length).toBeGreaterThanOrEqual(16);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
    }
    const snippet = await page.inputValue('#embed-map');
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/index\.html\?view=map&amp;embed=1|^<iframe src="[^"]+embed\/index\.html\?view=map/,
    );
  });

  it('the embedded map works from its own page', async () => {
    await go('embed/index.html?view=map&embed=1');
    expect(await page.locator('svg.map path.unit').count()).toBe(53);
    expect(await page.isVisible('#site-header')).toBe(false);
  });

  it('another edition from the header: its own numbers, in the URL', async () => {
    const { editions } = await api<EditionsResponse>('editions');
    const older = editions.find((e) => e.year !== latest)!;
    expect(older).toBeDefined();
    await go('');
    await page.selectOption('#edition-select', String(older.year));
    await page.waitForURL(new RegExp(`edition=${older.year}`));
    await ready(page);
    expect(await page.textContent('h1')).toContain(String(older.year));
    const results = await api<ResultsResponse>(`editions/${older.year}/results?unitSet=municipalities`);
    const root = results.columns[0]!;
    for (const row of results.rows)
      expect(await page.textContent(`table.ranking tr[data-code="${row.code}"] td[data-col="${root}"]`)).toBe(
        de(row.scores[root]!),
      );
  });

  it('navigation links keep history: back and forward restore views', async () => {
    await go('');
    await page.click('nav a[data-view="map"]');
    await ready(page);
    // A new view moves the focus to its heading (screen readers announce it).
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    await page.click('nav a[data-view="methodology"]');
    await ready(page);
    await page.goBack();
    await ready(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    expect(await page.locator('table.map-table tbody tr').count()).toBe(53);
    await page.goBack();
    await ready(page);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await page.goForward();
    await ready(page);
    expect(await page.textContent('h1')).toContain('Karte');
  });

  it('keyboard: the skip link comes first and moves to the content', async () => {
    await go('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
  });

  const VIEWS = [
    '',
    '?view=map',
    '?view=profile&unit=05913000',
    '?view=compare',
    '?view=regions',
    '?view=weights',
    '?view=methodology',
    '?view=downloads',
    'embed/index.html?view=map&embed=1',
  ];
  for (const lang of ['de', 'en'])
    it(`axe-core finds no violations on any view (${lang})`, async () => {
      for (const view of VIEWS) {
        const query = lang === 'en' ? `${view}${view.includes('?') ? '&' : '?'}lang=en` : view;
        await go(query);
        expect(await axeViolations(page), query || '(overview)').toEqual([]);
      }
    });
});
