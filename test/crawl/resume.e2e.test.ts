import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { tempDir, writeFirmList } from './helpers.js';
import { page, startTestWeb, type SiteDefinition, type TestWeb } from './web/server.js';

const CLI = resolve('dist/src/cli/main.js');
const FIRMS = 14;
const PAGES = 6; // home + 5: the default depth limit

/** A firm site of PAGES pages in a chain (each links the next), so the crawl of one site takes a while. */
function chainSite(name: string): SiteDefinition {
  return {
    name,
    handler: (path) => {
      if (path === '/robots.txt') return { status: 404 };
      const n = path === '/' ? 0 : Number(/^\/seite-(\d+)$/.exec(path)?.[1] ?? NaN);
      if (!(n >= 0 && n < PAGES)) return undefined;
      const next = n + 1 < PAGES ? [`/seite-${n + 1}`] : [];
      return page(
        `${name} ${n}`,
        `<p>Seite ${n} der Firma ${name}: Software, Cloud und Online-Shop, Folge ${n * 7919}.</p>`,
        next,
      );
    },
  };
}

interface Spawned {
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  kill(): void;
}

function crawl(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Spawned {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((done) => child.on('exit', (code, signal) => done({ code, signal, stdout, stderr })));
  return { exit, kill: () => child.kill('SIGKILL') };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('digitalindex crawl: resume after kill -9', () => {
  let web: TestWeb;
  let dir: string;
  let store: Store | undefined;
  const names = Array.from({ length: FIRMS }, (_, i) => `f${String(i).padStart(2, '0')}`);
  const pageRequests = (name: string) =>
    web.sites[name]!.requests.filter((r) => r.path !== '/robots.txt' && r.path !== '/sitemap.xml');

  beforeAll(async () => {
    web = await startTestWeb(names.map(chainSite));
    dir = tempDir();
    writeFirmList(
      dir,
      names.map((n) => [n, `${web.urls[n]}/`]),
    );
  });

  afterAll(async () => {
    await store?.close();
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses and duplicates no firm result, and re-fetches at most the pages in flight', async () => {
    const args = [
      '--db',
      'crawl.db',
      'crawl',
      'firms.csv',
      '--allow-private',
      '--delay-ms',
      '60',
      '--concurrency',
      '4',
      '--max-pages',
      String(PAGES),
      '--json',
    ];
    const first = crawl(dir, args);
    const total = () => names.reduce((a, n) => a + pageRequests(n).length, 0);
    await waitFor(() => total() >= (FIRMS * PAGES) / 2, 60_000);
    first.kill();
    const killed = await first.exit;
    expect(killed.signal).toBe('SIGKILL');
    const atKill = Object.fromEntries(names.map((n) => [n, pageRequests(n).length]));

    store = await openStore(join(dir, 'crawl.db'));
    const finishedAtKill = (
      await store.db.selectFrom('crawl_sites').select('firm_id').where('state', '=', 'finished').execute()
    ).map((r) => r.firm_id);
    const openAtKill = (
      await store.db.selectFrom('crawl_sites').select('firm_id').where('state', '=', 'open').execute()
    ).map((r) => r.firm_id);
    expect(openAtKill.length).toBeGreaterThan(0);
    await store.close();
    store = undefined;

    const second = await crawl(dir, args).exit;
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as { firmsCrawled: number; stopped: boolean };
    expect(summary.firmsCrawled).toBe(openAtKill.length);

    store = await openStore(join(dir, 'crawl.db'));
    const firms = await store.db
      .selectFrom('crawl_firms')
      .select(['firm_id', 'status', 'pages', 'classified_at'])
      .orderBy('firm_id')
      .execute();
    expect(firms.map((f) => [f.firm_id, f.status, f.pages])).toEqual(names.map((n) => [n, 'done', PAGES]));
    expect(firms.every((f) => f.classified_at !== null)).toBe(true);
    const pages = await store.db.selectFrom('crawl_pages').select(['firm_id', 'url']).execute();
    expect(pages).toHaveLength(FIRMS * PAGES);

    // Firms finished before the kill were not touched again; the others were completed, every page fetched,
    // and re-fetched pages are bounded by what was in flight (uncommitted) at the kill.
    for (const n of finishedAtKill) expect(pageRequests(n).length).toBe(atKill[n]);
    let refetched = 0;
    for (const n of names) {
      const paths = pageRequests(n).map((r) => r.path);
      expect(new Set(paths).size).toBe(PAGES);
      refetched += paths.length - PAGES;
    }
    expect(refetched).toBeLessThanOrEqual(4 * 10);
    await store.close();
    store = undefined;

    // Running the same command once more finds nothing to do.
    const third = await crawl(dir, args).exit;
    expect(third.code).toBe(0);
    expect((JSON.parse(third.stdout) as { firmsCrawled: number }).firmsCrawled).toBe(0);
  }, 120_000);

  it('shows the crawl status', { timeout: 60_000 }, async () => {
    const status = await crawl(dir, ['--db', 'crawl.db', 'crawl', 'status', '--json']).exit;
    expect(status.code).toBe(0);
    const doc = JSON.parse(status.stdout) as {
      firms: { byStatus: Record<string, number> };
      sites: { open: number; finished: number };
      pages: { withText: number };
    };
    expect(doc.firms.byStatus).toEqual({ done: FIRMS });
    expect(doc.sites).toMatchObject({ open: 0, finished: FIRMS });
    expect(doc.pages.withText).toBe(0);
    const text = await crawl(dir, ['--db', 'crawl.db', 'crawl', 'status']).exit;
    expect(text.stdout).toContain(`Unternehmen (firms): ${FIRMS} — done ${FIRMS}`);
  });
});
