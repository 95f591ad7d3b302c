import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrawl, startCrawl } from '../../src/crawl/index.js';
import { storeWithFirms, tempDir, testOptions } from './helpers.js';
import { page, startTestWeb, type TestWeb } from './web/server.js';

const LINKS = ['/impressum', '/ueber-uns', '/leistungen', '/karriere', '/kontakt'];

describe('stopping a crawl (Ctrl-C) and resuming it', () => {
  let web: TestWeb;
  let dir: string;
  const names = ['s1', 's2', 's3', 's4'];

  beforeAll(async () => {
    web = await startTestWeb(
      names.map((name) => ({
        name,
        handler: (path) =>
          path === '/robots.txt'
            ? { status: 404 }
            : path === '/' || LINKS.includes(path)
              ? page(
                  `${name}${path}`,
                  `<p>${name} ${path}: Text der Seite, Nummer ${path.length}.</p>`,
                  LINKS,
                )
              : undefined,
      })),
    );
    dir = tempDir();
  });

  afterAll(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records no result for interrupted sites, releases them, and the next run completes them', async () => {
    const store = await storeWithFirms(
      join(dir, 'stop.db'),
      dir,
      names.map((n) => [n, `${web.urls[n]}/`]),
    );
    try {
      const handle = startCrawl(store, testOptions({ delayMs: 150, concurrency: 4 }));
      const requests = () => names.reduce((a, n) => a + web.sites[n]!.requests.length, 0);
      while (requests() < 8) await new Promise((r) => setTimeout(r, 10));
      handle.stop();
      const stopped = await handle.done;
      expect(stopped.stopped).toBe(true);
      const firms = await store.db.selectFrom('crawl_firms').select(['firm_id', 'status']).execute();
      expect(firms.every((f) => f.status === 'crawling' || f.status === 'pending')).toBe(true);
      const leased = await store.db
        .selectFrom('crawl_sites')
        .select('worker')
        .where('worker', 'is not', null)
        .execute();
      expect(leased).toEqual([]);

      const resumed = await runCrawl(store, testOptions({ delayMs: 0 }));
      expect(resumed.sites.map((s) => [s.firmId, s.status, s.pages]).sort()).toEqual(
        names.map((n) => [n, 'done', 6]),
      );
    } finally {
      await store.close();
    }
  });
});
