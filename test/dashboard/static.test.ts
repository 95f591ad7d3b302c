// `digitalindex publish --static`: the export holds every API answer as a file and the dashboard works from a plain file server.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionsResponse, ResultsResponse } from '../../src/publish/api/types.js';
import { createApp, ensureComputed } from '../../src/publish/server/index.js';
import { EXPORT_MARKER, exportSite, ExportError } from '../../src/publish/static/exportSite.js';
import { openStore, type Store } from '../../src/store/index.js';
import { chromiumMissing, collectErrors, launchChromium, ready } from './browser.js';
import { ensureWebBuilt, WEB_DIR } from './server.js';
import { serveFolder } from './staticServer.js';

describe('static export', () => {
  let work: string;
  let store: Store;
  let site: string;
  let app: ReturnType<typeof createApp>['app'];

  beforeAll(async () => {
    ensureWebBuilt();
    work = mkdtempSync(join(tmpdir(), 'digitalindex-static-'));
    store = await openStore(join(work, 'static.db'));
    await ensureComputed(store);
    app = createApp(store, { staticDir: WEB_DIR }).app;
    site = join(work, 'site');
    await exportSite(app, WEB_DIR, site);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const json = <T>(file: string): T => JSON.parse(readFileSync(join(site, file), 'utf8')) as T;

  it('holds the dashboard, marked as static, and the API answers under the names the client asks for', async () => {
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('name="digitalindex-static"');
    expect(existsSync(join(site, EXPORT_MARKER))).toBe(true);
    const editions = json<EditionsResponse>('api/editions.json');
    expect(editions).toEqual(await (await app.request('http://localhost/api/editions')).json());
    for (const { year } of editions.editions) {
      const regions = json<ResultsResponse>(`api/editions/${year}/results.regions.json`);
      expect(regions.rows).toHaveLength(12);
      const municipalities = json<ResultsResponse>(`api/editions/${year}/results.municipalities.json`);
      expect(municipalities.rows).toHaveLength(53);
      const profiles = readdirSync(join(site, `api/editions/${year}/units`));
      expect(profiles).toHaveLength(53 + 12);
      expect(existsSync(join(site, `api/editions/${year}/structure.json`))).toBe(true);
      expect(existsSync(join(site, `api/editions/${year}/map.geojson`))).toBe(true);
      expect(readFileSync(join(site, `api/editions/${year}/download/municipalities.csv`), 'utf8')).toContain(
        'synthetic',
      );
      expect(
        readFileSync(join(site, `api/editions/${year}/download/municipalities.xlsx`))
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
    }
  });

  it('refuses a folder that holds something else, and replaces an earlier export', async () => {
    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'keep.txt'), 'mine');
    await expect(exportSite(app, WEB_DIR, foreign)).rejects.toThrow(ExportError);
    expect(readdirSync(foreign)).toEqual(['keep.txt']);
    writeFileSync(join(site, 'stale.json'), '{}');
    await exportSite(app, WEB_DIR, site);
    expect(existsSync(join(site, 'stale.json'))).toBe(false);
    expect(readdirSync(work).filter((name) => name.includes('.partial-'))).toEqual([]);
  }, 120_000);

  describe.skipIf(chromiumMissing() !== null)('in Chromium from a plain file server', () => {
    let browser: Browser;
    let page: Page;
    let errors: string[];
    let files: Awaited<ReturnType<typeof serveFolder>>;

    beforeAll(async () => {
      files = await serveFolder(site);
      browser = await launchChromium();
      page = await browser.newPage();
      errors = collectErrors(page);
    });

    afterAll(async () => {
      await browser?.close();
      await files?.close();
    });

    it('shows every view without an error', async () => {
      for (const query of [
        '',
        '?view=map&col=research',
        '?view=profile&unit=05913000',
        '?view=compare',
        '?view=regions',
        '?view=weights',
        '?view=methodology',
        '?view=downloads',
        'embed/index.html?view=map&embed=1',
      ]) {
        await page.goto(files.url + query);
        await ready(page);
        expect(await page.textContent('h1'), query).not.toBe('');
      }
      await page.goto(files.url);
      await ready(page);
      expect(await page.locator('table.ranking tbody tr').count()).toBe(53);
      expect(errors).toEqual([]);
    });
  });
});
