// `digitalindex crawl status`: the state of the crawl in the database, readable while crawlers run.
import { crawlStatus, type CrawlStatus } from '../../crawl/index.js';
import { openStore } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber } from '../table.js';

export interface CrawlStatusOptions extends GlobalOptions {
  json?: boolean;
}

export async function crawlStatusCommand(options: CrawlStatusOptions): Promise<void> {
  const store = await openStore(databaseLocation(options));
  try {
    const status = await crawlStatus(store);
    process.stdout.write(options.json ? JSON.stringify(status, null, 2) + '\n' : describeStatus(status));
  } finally {
    await store.close();
  }
}

export function describeStatus(s: CrawlStatus): string {
  const n = (x: number) => formatNumber(x, 'de', 0);
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ') || '–';
  const lines = [
    `Unternehmen (firms): ${n(s.firms.total)} — ${list(s.firms.byStatus)}`,
    `Websites (sites): offen ${n(s.sites.open)} (davon in Arbeit ${n(s.sites.leased)}), fertig ${n(s.sites.finished)}`,
    `Frontier: ${list(s.frontier)}`,
    `Seiten (pages): ${n(s.pages.total)} — ${list(s.pages.byKind)}; Beinahe-Duplikate ${n(s.pages.nearDuplicates)}, mit gespeichertem Text ${n(s.pages.withText)}`,
    `Anfragen (requests): ${n(s.requests.total)}, ${formatNumber(s.requests.bytes / 1e6, 'de', 1)} MB, letzte Minute ${n(s.requests.lastMinute)}` +
      (s.requests.last ? `, zuletzt ${s.requests.last}` : ''),
    `Fehler nach Art (errors by kind): ${list(s.requests.errorsByKind)}`,
  ];
  for (const w of s.workers)
    lines.push(`  Crawler ${w.worker}: ${n(w.sites)} Websites, Lebenszeichen ${w.renewedAt}`);
  return lines.join('\n') + '\n';
}
