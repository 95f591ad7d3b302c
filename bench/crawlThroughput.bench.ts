// bench: crawl throughput on a local test web of 20 hosts × 500 pages, delays off, ours beside Crawlee's
// CheerioCrawler (dev dependency of this bench only) on the same sites in the same run.
//
// Each host serves a 10-ary tree of 500 HTML pages (~4 KB, German text, 10 links each; depth ≤ 3) from its
// own port on 127.0.0.1. Ours: `runCrawl` with its real state in a SQLite file (frontier, pages, request log
// committed in batches: a kill -9 would lose at most the last batch), text extraction, language and SimHash,
// one connection per host (the polite default), `--delay-ms 0`, concurrency 20, max 500 pages per site.
// Crawlee: CheerioCrawler with its defaults (autoscaled concurrency, no per-host limit), in-memory storage,
// same-hostname link enqueueing, the page text taken with cheerio. Each crawler runs twice, alternating, and
// the better run counts (THROUGHPUT_BENCH_ROUNDS=N changes the rounds). Target (issue #5): ours ≥ 2 × Crawlee's pages/s. The machine is shared: noisy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFirmList, listFirmsToCrawl } from '../src/crawl/firms/index.js';
import { DEFAULT_CRAWL_OPTIONS, registerSites, runCrawl } from '../src/crawl/index.js';
import { openStore } from '../src/store/index.js';

const HOSTS = Number(process.env.THROUGHPUT_BENCH_HOSTS ?? 20);
const PAGES = Number(process.env.THROUGHPUT_BENCH_PAGES ?? 500);
const TEXT =
  'Wir sind ein mittelständisches Unternehmen aus dem Ruhrgebiet. Unsere Leistungen reichen von der Beratung über die ' +
  'Planung bis zur Umsetzung; wir arbeiten mit modernen Werkzeugen, digitalen Prozessen und einem erfahrenen Team. ';

/** Page n as a path of letters (digits would make every page the same "shape" for the trap guard). */
function pathOf(n: number): string {
  if (n === 0) return '/';
  let s = '';
  for (let k = n; k > 0; k = Math.floor(k / 26)) s = String.fromCharCode(97 + (k % 26)) + s;
  return `/seite-${s}`;
}
const index = new Map(Array.from({ length: PAGES }, (_, n) => [pathOf(n), n]));

function body(host: number, n: number): string {
  const links: string[] = [];
  for (let c = n * 10 + 1; c <= n * 10 + 10 && c < PAGES; c++)
    links.push(`<li><a href="${pathOf(c)}">Seite ${c}</a></li>`);
  return (
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Firma ${host} – Seite ${n}</title>` +
    `<meta name="description" content="Seite ${n} der Firma ${host}"></head><body><nav><ul>${links.join('')}</ul></nav>` +
    `<main><h1>Seite ${n}</h1>${`<p>${TEXT} (${host}/${n})</p>`.repeat(12)}</main><footer>Impressum</footer></body></html>`
  );
}

async function startHosts(): Promise<{ urls: string[]; servers: Server[]; served: () => number }> {
  let served = 0;
  const servers: Server[] = [];
  const urls: string[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const server = createServer((req, res) => {
      served++;
      const n = index.get((req.url ?? '/').split('?')[0]!);
      if (n === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body(h, n));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  }
  return { urls, servers, served: () => served };
}

async function ours(urls: string[]): Promise<{ pages: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'throughput-bench-'));
  const store = await openStore(join(dir, 'crawl.db'));
  try {
    const list = join(dir, 'firms.csv');
    writeFileSync(
      list,
      ['firm_id,name,url,ags', ...urls.map((u, i) => `F${i},Firma ${i},${u},05913000`)].join('\n') + '\n',
    );
    await importFirmList(store, list);
    await registerSites(
      store,
      (await listFirmsToCrawl(store, 1e9)).map((f) => ({ firmId: f.firmId, url: f.url })),
    );
    const t0 = performance.now();
    await runCrawl(store, {
      ...DEFAULT_CRAWL_OPTIONS,
      allowPrivate: true,
      delayMs: 0,
      concurrency: HOSTS,
      maxPages: PAGES,
      useSitemap: true,
    });
    const seconds = (performance.now() - t0) / 1000;
    const row = await store.db
      .selectFrom('crawl_pages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'html')
      .executeTakeFirstOrThrow();
    return { pages: Number(row.n), seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function crawlee(urls: string[]): Promise<{ pages: number; seconds: number }> {
  const { CheerioCrawler, Configuration, log, LogLevel } = await import('@crawlee/cheerio');
  log.setLevel(LogLevel.OFF);
  const config = new Configuration({ persistStorage: false, purgeOnStart: true });
  let pages = 0;
  const crawler = new CheerioCrawler(
    {
      maxRequestsPerCrawl: HOSTS * PAGES + 100,
      maxRequestRetries: 0,
      requestHandler: async ({ $, enqueueLinks }) => {
        const text = $('main').text();
        if (text.length > 0) pages++;
        await enqueueLinks({ strategy: 'same-hostname' });
      },
    },
    config,
  );
  const t0 = performance.now();
  await crawler.run(urls);
  return { pages, seconds: (performance.now() - t0) / 1000 };
}

const web = await startHosts();
try {
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('de-DE', { maximumFractionDigits: d, minimumFractionDigits: d });
  const results: Record<string, { pages: number; seconds: number }[]> = { ours: [], crawlee: [] };
  for (let round = 0; round < Number(process.env.THROUGHPUT_BENCH_ROUNDS ?? 2); round++) {
    results.ours!.push(await ours(web.urls));
    results.crawlee!.push(await crawlee(web.urls));
  }
  const best = (runs: { pages: number; seconds: number }[]) =>
    runs.reduce((a, b) => (b.pages / b.seconds > a.pages / a.seconds ? b : a));
  console.log(`local test web: ${HOSTS} hosts × ${PAGES} pages, delays off`);
  for (const [name, runs] of Object.entries(results)) {
    for (const r of runs)
      console.log(
        `  ${name.padEnd(8)} ${fmt(r.pages)} pages in ${fmt(r.seconds, 2)} s = ${fmt(r.pages / r.seconds)} pages/s`,
      );
  }
  const o = best(results.ours!);
  const c = best(results.crawlee!);
  const ratio = o.pages / o.seconds / (c.pages / c.seconds);
  console.log(
    `  best: ours ${fmt(o.pages / o.seconds)} pages/s, Crawlee CheerioCrawler ${fmt(c.pages / c.seconds)} pages/s: ${fmt(ratio, 2)} × (target ≥ 2) ${ratio >= 2 ? 'OK' : 'MISSED'}`,
  );
  if (o.pages !== HOSTS * PAGES) console.log(`  note: ours fetched ${o.pages} of ${HOSTS * PAGES} pages`);
} finally {
  for (const s of web.servers) s.closeAllConnections();
  await Promise.all(web.servers.map((s) => new Promise((r) => s.close(r))));
}
