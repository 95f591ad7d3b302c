// `crawl status`: where a crawl stands, from the database alone (works while crawlers run, from any machine).
import { sql } from 'kysely';
import type { Store } from '../store/store.js';

export interface CrawlStatus {
  firms: { total: number; byStatus: Record<string, number> };
  sites: { open: number; leased: number; finished: number };
  workers: { worker: string; sites: number; renewedAt: string }[];
  frontier: Record<string, number>;
  pages: { total: number; byKind: Record<string, number>; nearDuplicates: number; withText: number };
  requests: {
    total: number;
    bytes: number;
    errorsByKind: Record<string, number>;
    first: string | null;
    last: string | null;
    lastMinute: number;
  };
}

export async function crawlStatus(store: Store, nowMs: number = Date.now()): Promise<CrawlStatus> {
  const db = store.db;
  const count = sql<number>`count(*)`;
  const firms = await db
    .selectFrom('crawl_firms')
    .select(['status', count.as('n')])
    .groupBy('status')
    .orderBy('status')
    .execute();
  const sites = await db
    .selectFrom('crawl_sites')
    .select(['state', count.as('n')])
    .groupBy('state')
    .execute();
  const workers = await db
    .selectFrom('crawl_sites')
    .select(['worker', count.as('n'), sql<number>`max(renewed_ms)`.as('renewed')])
    .where('state', '=', 'open')
    .where('worker', 'is not', null)
    .groupBy('worker')
    .orderBy('worker')
    .execute();
  const frontier = await db
    .selectFrom('crawl_frontier')
    .select(['state', count.as('n')])
    .groupBy('state')
    .orderBy('state')
    .execute();
  const pages = await db
    .selectFrom('crawl_pages')
    .select(['kind', count.as('n')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  const pageExtra = await db
    .selectFrom('crawl_pages')
    .select([sql<number>`count(near_duplicate_of)`.as('near'), sql<number>`count(text)`.as('text')])
    .executeTakeFirstOrThrow();
  const requests = await db
    .selectFrom('crawl_requests')
    .select([
      count.as('n'),
      sql<number | null>`sum(bytes)`.as('bytes'),
      sql<string | null>`min(at)`.as('first'),
      sql<string | null>`max(at)`.as('last'),
    ])
    .executeTakeFirstOrThrow();
  const errors = await db
    .selectFrom('crawl_requests')
    .select(['error_kind', count.as('n')])
    .where('error_kind', 'is not', null)
    .groupBy('error_kind')
    .orderBy('error_kind')
    .execute();
  const minuteAgo = new Date(nowMs - 60_000).toISOString();
  const recent = await db
    .selectFrom('crawl_requests')
    .select(count.as('n'))
    .where('at', '>=', minuteAgo)
    .executeTakeFirstOrThrow();
  const byState = Object.fromEntries(sites.map((s) => [s.state, Number(s.n)]));
  const leased = workers.reduce((a, w) => a + Number(w.n), 0);
  return {
    firms: {
      total: firms.reduce((a, f) => a + Number(f.n), 0),
      byStatus: Object.fromEntries(firms.map((f) => [f.status, Number(f.n)])),
    },
    sites: { open: byState.open ?? 0, leased, finished: byState.finished ?? 0 },
    workers: workers.map((w) => ({
      worker: w.worker!,
      sites: Number(w.n),
      renewedAt: new Date(Number(w.renewed)).toISOString(),
    })),
    frontier: Object.fromEntries(frontier.map((f) => [f.state, Number(f.n)])),
    pages: {
      total: pages.reduce((a, p) => a + Number(p.n), 0),
      byKind: Object.fromEntries(pages.map((p) => [p.kind, Number(p.n)])),
      nearDuplicates: Number(pageExtra.near),
      withText: Number(pageExtra.text),
    },
    requests: {
      total: Number(requests.n),
      bytes: Number(requests.bytes ?? 0),
      errorsByKind: Object.fromEntries(errors.map((e) => [e.error_kind!, Number(e.n)])),
      first: requests.first,
      last: requests.last,
      lastMinute: Number(recent.n),
    },
  };
}
