// bench: the crawl frontier with 1,000,000 queued URLs (10,000 sites × 100 URLs) in the default database (SQLite).
//
// Enqueue: every URL goes through the crawler's BatchWriter (batched INSERTs, one transaction per batch) until
// all 1,000,000 are queued at once. Dequeue: sites are leased one by one (as crawler workers do), their queued
// URLs loaded into the in-memory ready-queue (a heap by priority), popped, and marked done through the
// BatchWriter. Prints enqueue and dequeue rates, enqueue+dequeue operations per second and the peak resident
// memory of this process (sampled, and VmHWM from /proc). Targets (issue #5): < 300 MB RSS, ≥ 20,000 ops/s.
// FRONTIER_BENCH_URLS=N changes the number of URLs. Timings on a shared machine are noisy.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { urlPriority } from '../src/crawl/scope/priority.js';
import { BatchWriter } from '../src/crawl/state/batchWriter.js';
import { relaxCommitSync } from '../src/crawl/state/durability.js';
import { loadFrontier } from '../src/crawl/state/records.js';
import { SiteQueue } from '../src/crawl/state/siteQueue.js';
import { leaseSite } from '../src/crawl/state/sites.js';
import { openStore } from '../src/store/index.js';

const URLS = Number(process.env.FRONTIER_BENCH_URLS ?? 1_000_000);
const PER_SITE = 100;
const SITES = Math.ceil(URLS / PER_SITE);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 100);

function vmHwmMb(): number | null {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'frontier-bench-'));
const store = await openStore(join(dir, 'frontier.db'));
try {
  await relaxCommitSync(store); // as the crawler does (see src/crawl/state/durability.ts)
  const now = new Date().toISOString();
  await store.transaction(async (tx) => {
    for (let s = 0; s < SITES; s += 500) {
      const rows = [];
      for (let i = s; i < Math.min(SITES, s + 500); i++) {
        const url = `https://firma-${i}.example/`;
        rows.push({
          firm_id: `F${String(i).padStart(6, '0')}`,
          start_url: url,
          site_url: url,
          state: 'open',
          worker: null,
          renewed_ms: null,
          seeded: 1,
          pages: 0,
          requests: 0,
          moved_to: null,
          outcome: null,
          created_at: now,
          finished_at: null,
        });
      }
      await tx.db.insertInto('crawl_sites').values(rows).execute();
    }
  });

  const writer = new BatchWriter(store, { maxRecords: 5000, maxDelayMs: 1000 });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let enqueued = 0;
  for (let s = 0; s < SITES; s++) {
    const firm = `F${String(s).padStart(6, '0')}`;
    const origin = `https://firma-${s}.example`;
    const rows = [];
    for (let k = 0; k < PER_SITE && enqueued < URLS; k++, enqueued++) {
      const url = `${origin}/bereich-${k % 7}/seite-${k}`;
      rows.push({
        firm_id: firm,
        url,
        origin,
        depth: 1 + (k % 4),
        priority: urlPriority(new URL(url)),
        state: 'queued',
        attempts: 0,
        reason: null,
      });
    }
    writer.addFrontier(rows);
    if (s % 50 === 49) await writer.flush();
  }
  await writer.flush();
  const t1 = performance.now();
  const queued = await store.db
    .selectFrom('crawl_frontier')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('state', '=', 'queued')
    .executeTakeFirstOrThrow();
  sample();

  let dequeued = 0;
  for (;;) {
    const site = await leaseSite(store, 'bench:1:x');
    if (!site) break;
    const queue = new SiteQueue();
    for (const row of await loadFrontier(store.db, site.firm_id)) {
      if (row.state === 'queued')
        queue.push({
          url: row.url,
          depth: row.depth,
          priority: row.priority,
          order: row.id,
          attempts: row.attempts,
        });
    }
    for (let item = queue.pop(); item; item = queue.pop()) {
      writer.updateFrontier({
        firmId: site.firm_id,
        url: item.url,
        state: 'done',
        attempts: 1,
        reason: null,
      });
      dequeued++;
    }
    await store.db
      .updateTable('crawl_sites')
      .set({ state: 'finished', worker: null })
      .where('firm_id', '=', site.firm_id)
      .execute();
    if (dequeued % 20_000 === 0) await writer.flush();
  }
  await writer.flush();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  sample();
  clearInterval(sampler);

  const enqSec = (t1 - t0) / 1000;
  const deqSec = (t2 - t1) / 1000;
  const ops = (enqueued + dequeued) / (enqSec + deqSec);
  const hwm = vmHwmMb();
  const fmt = (n: number, d = 0) =>
    n.toLocaleString('de-DE', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(
    `frontier (SQLite file): ${fmt(Number(queued.n))} URLs queued at once over ${fmt(SITES)} sites`,
  );
  console.log(`  enqueue ${fmt(enqueued)} in ${fmt(enqSec, 1)} s = ${fmt(enqueued / enqSec)} /s`);
  console.log(`  dequeue ${fmt(dequeued)} in ${fmt(deqSec, 1)} s = ${fmt(dequeued / deqSec)} /s`);
  console.log(
    `  enqueue+dequeue: ${fmt(ops)} ops/s wall time (target ≥ 20.000) ${ops >= 20_000 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  CPU time of this process ${fmt(cpuSec, 1)} s = ${fmt((enqueued + dequeued) / cpuSec)} ops per CPU second (less sensitive to a busy machine)`,
  );
  const peakMb = Math.max(peakRss / 1048576, hwm ?? 0);
  console.log(
    `  peak RSS ${fmt(peakMb)} MB (VmHWM ${hwm === null ? '–' : fmt(hwm)} MB; target < 300) ${peakMb < 300 ? 'OK' : 'MISSED'}`,
  );
  if (dequeued !== enqueued) throw new Error(`dequeued ${dequeued} of ${enqueued}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
