// bench: the API under load — wrk (2 threads, 32 connections, 10 s) against the results and a profile on 127.0.0.1.
// Target (issue 7): at least 2,000 requests per second with a 95th percentile under 10 ms.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readBundle } from '../src/ingest/bundle.js';
import { warmCache } from '../src/publish/api/index.js';
import { createApp, listen } from '../src/publish/server/index.js';
import { openStore } from '../src/store/index.js';
import { computeEdition } from '../src/workflow/computeEdition.js';
import { importBundle } from '../src/workflow/importBundle.js';

const run = promisify(execFile);
const WRK = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((p) => existsSync(p));
const TARGET = { requestsPerSecond: 2000, p95Ms: 10 };
// wrk's --latency table has no 95th percentile; this script prints it (and the 50th and 99th) in microseconds.
const PERCENTILES_LUA = `done = function(summary, latency, requests)
  io.write(string.format("PCT %d %d %d\\n", latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;

async function main(): Promise<void> {
  if (!WRK) {
    process.stdout.write('api bench skipped: wrk is not installed (apt-get install wrk)\n');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'api-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    const bundle = readBundle(resolve('data/bundle.json'));
    await importBundle(store, bundle);
    for (const edition of bundle.editions) {
      for (const set of bundle.spec.spec.unitSets) await computeEdition(store, edition.year, set.code);
    }
    const handle = createApp(store, { port: 0, host: '127.0.0.1', staticDir: join(dir, 'no-web') });
    await warmCache(handle.cache);
    const server = await listen(handle.app, handle.options);
    const script = join(dir, 'percentiles.lua');
    writeFileSync(script, PERCENTILES_LUA);
    process.stdout.write(
      `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: ` +
        'latencies are noisy on a shared machine; the CPU time per request is not\n',
    );
    let ok = true;
    for (const path of ['api/editions/2025/results', 'api/editions/2025/units/05913000']) {
      const url = server.url + path;
      const cpuBefore = process.cpuUsage();
      const { stdout } = await run(WRK, ['-t2', '-c32', '-d10s', '--latency', '-s', script, url], {
        maxBuffer: 1 << 20,
      });
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
      const pct = /PCT (\d+) (\d+) (\d+)/.exec(stdout);
      const [p50, p95, p99] = pct ? pct.slice(1).map((us) => Number(us) / 1000) : [NaN, NaN, NaN];
      const cpu = process.cpuUsage(cpuBefore);
      const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
      // CPU time of this process (the server) per request: what the server needs, whatever the machine's load.
      const cpuPerRequestUs = (cpu.user + cpu.system) / requests;
      const errors = /Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? '0';
      const pass = rps >= TARGET.requestsPerSecond && p95! < TARGET.p95Ms && errors === '0';
      ok &&= pass;
      process.stdout.write(
        `GET /${path}: ${rps.toFixed(0)} req/s, latency p50 ${p50!.toFixed(2)} ms, p95 ${p95!.toFixed(2)} ms, ` +
          `p99 ${p99!.toFixed(2)} ms, non-2xx ${errors}, server CPU ${cpuPerRequestUs.toFixed(0)} µs/request ` +
          `(≈ ${(1e6 / cpuPerRequestUs).toFixed(0)} req/s per core) — ${pass ? 'meets' : 'MISSES'} ≥ ${TARGET.requestsPerSecond} ` +
          `req/s and p95 < ${TARGET.p95Ms} ms\n`,
      );
    }
    await server.close();
    if (!ok) process.exitCode = 1;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
