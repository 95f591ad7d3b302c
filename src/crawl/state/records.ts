// Rows the crawler writes: frontier entries, fetched pages, logged requests; inserted in batches.
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { bulkInsertSql, SqliteBulkBatch } from '../../store/sqlite/bulk.js';
import type { CrawlFrontierTable, CrawlPageTable, CrawlRequestTable, Database } from '../../store/schema.js';

export type FrontierInsert = Insertable<CrawlFrontierTable>;
export type PageInsert = Insertable<CrawlPageTable>;
export type RequestInsert = Insertable<CrawlRequestTable>;

/** Frontier states: queued → done | skipped | failed. */
export type FrontierState = 'queued' | 'done' | 'skipped' | 'failed';

export interface FrontierUpdate {
  firmId: string;
  url: string;
  state: FrontierState;
  attempts: number;
  reason: string | null;
}

/** Rows per INSERT statement (well under SQLite's and PostgreSQL's bound-parameter limits). */
const ROWS_PER_INSERT = 400;

const FRONTIER_COLUMNS = [
  'firm_id',
  'url',
  'origin',
  'depth',
  'priority',
  'state',
  'attempts',
  'reason',
] as const;
/** SQLite: one prepared statement for many rows (the store's bulk path); a URL already queued is skipped. */
const SQLITE_FRONTIER_INSERT = bulkInsertSql('crawl_frontier', FRONTIER_COLUMNS).replace(
  'insert into',
  'insert or ignore into',
);

/** Queues URLs; a URL already in the site's frontier (any state) is left as it is. */
export async function insertFrontier(
  db: Kysely<Database>,
  rows: readonly FrontierInsert[],
  dialect: 'sqlite' | 'postgres' = 'postgres',
): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === 'sqlite') {
    const batch = new SqliteBulkBatch(
      rows.map((r) => FRONTIER_COLUMNS.map((c) => r[c] ?? null)),
      (i) => `frontier URL ${rows[i]!.url} of firm ${rows[i]!.firm_id}`,
    );
    await db.executeQuery(CompiledQuery.raw(SQLITE_FRONTIER_INSERT, [batch]));
    return;
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('crawl_frontier')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .onConflict((oc) => oc.columns(['firm_id', 'url']).doNothing())
      .execute();
  }
}

export async function updateFrontier(
  db: Kysely<Database>,
  updates: readonly FrontierUpdate[],
): Promise<void> {
  // One statement per site and outcome (most updates of a batch are "done after one attempt").
  const groups = new Map<string, FrontierUpdate[]>();
  for (const u of updates) {
    const key = JSON.stringify([u.firmId, u.state, u.attempts, u.reason]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(u);
  }
  for (const group of groups.values()) {
    const { firmId, state, attempts, reason } = group[0]!;
    for (let i = 0; i < group.length; i += ROWS_PER_INSERT) {
      await db
        .updateTable('crawl_frontier')
        .set({ state, attempts, reason })
        .where('firm_id', '=', firmId)
        .where(
          'url',
          'in',
          group.slice(i, i + ROWS_PER_INSERT).map((u) => u.url),
        )
        .execute();
    }
  }
}

export async function insertPages(db: Kysely<Database>, rows: readonly PageInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    await db
      .insertInto('crawl_pages')
      .values(rows.slice(i, i + 50))
      .onConflict((oc) => oc.columns(['firm_id', 'url']).doNothing())
      .execute();
  }
}

export async function insertRequests(db: Kysely<Database>, rows: readonly RequestInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await db
      .insertInto('crawl_requests')
      .values(rows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
}

/** A site's frontier as stored (every state), in discovery order. */
export async function loadFrontier(db: Kysely<Database>, firmId: string) {
  return db
    .selectFrom('crawl_frontier')
    .select(['id', 'url', 'depth', 'priority', 'state', 'attempts'])
    .where('firm_id', '=', firmId)
    .orderBy('id')
    .execute();
}

/** A site's fetched pages: what near-duplicate detection and the classifier need. */
export async function loadPages(db: Kysely<Database>, firmId: string) {
  return db
    .selectFrom('crawl_pages')
    .select(['url', 'final_url', 'kind', 'simhash', 'title', 'description', 'text', 'lang'])
    .where('firm_id', '=', firmId)
    .orderBy('id')
    .execute();
}
