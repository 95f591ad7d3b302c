// bench: politeness on — the request rate achieved per host against what the per-host delay allows.
//
// 10 hosts × 40 pages on 127.0.0.1 (one port each), `--delay-ms 500` (robots.txt without Crawl-delay), one
// connection per host, all hosts in parallel. Each server records the arrival time of every request
// (robots.txt and sitemap.xml included: they count against the delay too). Achieved rate of a host =
// (requests − 1) / (last arrival − first arrival); allowed rate = 1 / delay. Target (issue #5): ≥ 95 % on
// every host; the shortest gap seen must not be below the delay (politeness kept). Noisy on a shared machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFirmList, listFirmsToCrawl } from '../src/crawl/firms/index.js';
import { DEFAULT_CRAWL_OPTIONS, registerSites, runCrawl } from '../src/crawl/index.js';
import { openStore } from '../src/store/index.js';

const HOSTS = 10;
const PAGES = 40;
const DELAY_MS = Number(process.env.POLITENESS_BENCH_DELAY_MS ?? 500);

/** Page paths in letters (paths differing only in digits would count as one trap "shape"). */
const pages = Array.from({ length: PAGES }, (_, i) =>
  i === 0 ? '/' : `/seite-${String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))}`,
);
const arrivals: number[][] = [];
const servers: Server[] = [];
const urls: string[] = [];
for (let h = 0; h < HOSTS; h++) {
  const times: number[] = [];
  arrivals.push(times);
  const server = createServer((req, res) => {
    times.push(performance.now());
    const path = req.url ?? '/';
    const n = path === '/' ? 0 : pages.indexOf(path);
    if (path !== '/' && !(n >= 1 && n < PAGES)) {
      res.writeHead(404).end();
      return;
    }
    const links = pages
      .slice(1)
      .map((p) => `<a href="${p}">${p}</a>`)
      .join(' ');
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<html><body><p>Firma ${h}, Seite ${n}: Text über Leistungen.</p>${n === 0 ? links : ''}</body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

const dir = mkdtempSync(join(tmpdir(), 'politeness-bench-'));
const store = await openStore(join(dir, 'crawl.db'));
try {
  const list = join(dir, 'firms.csv');
  writeFileSync(
    list,
    ['firm_id,name,url,ags', ...urls.map((u, i) => `P${i},Firma ${i},${u},05913000`)].join('\n') + '\n',
  );
  await importFirmList(store, list);
  await registerSites(
    store,
    (await listFirmsToCrawl(store, 1e9)).map((f) => ({ firmId: f.firmId, url: f.url })),
  );
  await runCrawl(store, {
    ...DEFAULT_CRAWL_OPTIONS,
    allowPrivate: true,
    delayMs: DELAY_MS,
    concurrency: HOSTS,
    maxPages: PAGES,
  });

  const fmt = (n: number, d = 0) =>
    n.toLocaleString('de-DE', { maximumFractionDigits: d, minimumFractionDigits: d });
  const allowed = 1000 / DELAY_MS;
  let worst = Infinity;
  let minGap = Infinity;
  console.log(
    `politeness: ${HOSTS} hosts × ${PAGES} pages, delay ${DELAY_MS} ms per host (allowed ${fmt(allowed, 2)} requests/s per host)`,
  );
  arrivals.forEach((times, h) => {
    const rate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    minGap = Math.min(minGap, ...gaps);
    worst = Math.min(worst, rate / allowed);
    if (process.env.POLITENESS_BENCH_GAPS) console.log(gaps.map((g) => g.toFixed(0)).join(' '));
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    console.log(
      `  host ${h}: ${times.length} requests, ${fmt(rate, 3)} /s = ${fmt((100 * rate) / allowed, 1)} % of allowed, gaps: shortest ${fmt(Math.min(...gaps), 1)} ms, median ${fmt(median, 1)} ms, longest ${fmt(Math.max(...gaps), 1)} ms`,
    );
  });
  console.log(
    `  worst host ${fmt(100 * worst, 1)} % of the allowed rate (target ≥ 95 %) ${worst >= 0.95 ? 'OK' : 'MISSED'}; shortest gap ${fmt(minGap, 1)} ms (≥ ${DELAY_MS}: ${minGap >= DELAY_MS - 1 ? 'kept' : 'VIOLATED'})`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
}
