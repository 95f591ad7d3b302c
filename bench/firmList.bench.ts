// bench: the firm list of a large region (50,000 firms by default) imported, imported again unchanged, classified and counted, on SQLite.
//
// A CSV of FIRM_BENCH_ROWS firms (default 50,000; every 7th without website, every 11th sharing a website
// with another firm, AGS spread over the 53 bundled municipalities, a third given by town name instead) is
// imported into a fresh SQLite file; then the same list again (nothing changes: every firm compared); then every
// firm with a website gets a classification (one transaction), `crawl indicators` counts them into edition 2025
// (after the bundle is loaded), and `crawl export` writes the CSV. Prints wall time per step and peak RSS.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  firmsCsv,
  importFirmList,
  listStoredFirms,
  saveFirmClassification,
} from '../src/crawl/firms/index.js';
import { storeCrawlIndicators } from '../src/crawl/indicators/index.js';
import { readBundle } from '../src/ingest/bundle.js';
import { openStore } from '../src/store/index.js';
import { importBundle } from '../src/workflow/importBundle.js';

const ROWS = Number(process.env.FIRM_BENCH_ROWS ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'firm-bench-'));

const master = readFileSync('data/master/municipalities.csv', 'utf8')
  .split('\n')
  .filter((l) => /^\d{8},/.test(l))
  .map((l) => l.split(','));
const lines = ['firm_id,name,url,ags,town,founded'];
for (let i = 0; i < ROWS; i++) {
  const [ags, name] = master[i % master.length]!;
  const url = i % 7 === 0 ? '' : i % 11 === 0 ? `www.site${i - 1}.de` : `site${i}.de/`;
  const byTown = i % 3 === 0;
  lines.push(
    `F${String(i).padStart(7, '0')},Firma ${i},${url},${byTown ? '' : ags},${byTown ? `"${name} -Mitte"` : ''},${1990 + (i % 36)}`,
  );
}
const file = join(dir, 'firms.csv');
writeFileSync(file, lines.join('\n') + '\n');

const store = await openStore(join(dir, 'bench.db'));
const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await fn();
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${label.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s\n`);
  return result;
};
try {
  await importBundle(store, readBundle('data/bundle.json'));
  const first = await step(`import ${ROWS.toLocaleString('en')} firms`, () => importFirmList(store, file));
  process.stdout.write(
    `  ${first.firms} firms, ${first.withoutWebsite} without website, ${first.duplicateSites.length} shared websites, AGS by town ${first.agsFrom.town}\n`,
  );
  const again = await step('import the same list again', () => importFirmList(store, file));
  process.stdout.write(`  unchanged ${again.unchanged}, inserted ${again.inserted}\n`);
  const firms = await listStoredFirms(store);
  await step('store a classification per firm (1 transaction)', () =>
    store.transaction(async (tx) => {
      for (const [i, f] of firms.entries()) {
        if (f.url === null) continue;
        await tx.db
          .updateTable('crawl_firms')
          .set({ status: 'done', pages: 3 })
          .where('firm_id', '=', f.firmId)
          .execute();
        await saveFirmClassification(tx, f.firmId, {
          digitalScore: i % 5,
          aiScore: i % 13 === 0 ? 2 : 0,
          digitalAffine: i % 5 >= 3,
          aiAffine: i % 13 === 0,
          foundedFromSite: null,
          evidence: [
            { kind: 'digital', term: 'Cloud', url: f.url, snippet: 'Cloud-Lösungen für den Mittelstand' },
          ],
          classifierVersion: 'bench',
        });
      }
    }),
  );
  const report = await step('crawl indicators --edition 2025 --replace', () =>
    storeCrawlIndicators(store, { edition: 2025, replace: true }),
  );
  process.stdout.write(`  ${report.units.length} municipalities, ${report.totals.classified} classified\n`);
  await step(
    'crawl export (CSV text)',
    async () => firmsCsv(await listStoredFirms(store), { referenceYear: 2025 }).length,
  );
  process.stdout.write(
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (shared machine: timings are noisy)\n`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
