// Shared helpers of the crawler tests: a firm list for the test web, a fresh store, crawl options for tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFirmList } from '../../src/crawl/firms/index.js';
import { DEFAULT_CRAWL_OPTIONS, registerSites, type CrawlOptions } from '../../src/crawl/index.js';
import { listFirmsToCrawl } from '../../src/crawl/firms/index.js';
import { openStore, type Store } from '../../src/store/index.js';

/** Dortmund: a municipality of the bundled master data, so that the firm list passes its AGS check. */
export const AGS = '05913000';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crawl-test-'));
}

/** Writes a firm list with one firm per `[firmId, url]`. */
export function writeFirmList(dir: string, firms: [string, string][]): string {
  const file = join(dir, 'firms.csv');
  const lines = ['firm_id,name,url,ags', ...firms.map(([id, url]) => `${id},Firma ${id},${url},${AGS}`)];
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Opens `location`, imports the firms and registers their sites for crawling. */
export async function storeWithFirms(
  location: string,
  dir: string,
  firms: [string, string][],
): Promise<Store> {
  const store = await openStore(location);
  await importFirmList(store, writeFirmList(dir, firms));
  const toCrawl = await listFirmsToCrawl(store, 1_000_000);
  await registerSites(
    store,
    toCrawl.map((f) => ({ firmId: f.firmId, url: f.url })),
  );
  return store;
}

export function testOptions(overrides: Partial<CrawlOptions> = {}): CrawlOptions {
  return {
    ...DEFAULT_CRAWL_OPTIONS,
    delayMs: 20,
    concurrency: 16,
    allowPrivate: true,
    timeoutMs: 4000, // generous: the test machine may be busy
    maxBytes: 1024 * 1024,
    maxPages: 10,
    keepText: true,
    batchDelayMs: 50,
    ...overrides,
  };
}
