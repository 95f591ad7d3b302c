// crawl_sites: one row per firm site with its lease; leasing uses FOR UPDATE SKIP LOCKED in PostgreSQL.
import { sql, type Selectable } from 'kysely';
import { hostname } from 'node:os';
import type { CrawlSiteTable } from '../../store/schema.js';
import type { Store } from '../../store/store.js';

export type SiteRow = Selectable<CrawlSiteTable>;

/** A lease not renewed for this long belongs to a dead worker and may be taken over. */
export const LEASE_TTL_MS = 60_000;

/** A worker id names the machine and the process: `host:pid:random`. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

export interface SiteToRegister {
  firmId: string;
  url: string;
}

/**
 * Makes sure every firm to crawl has an open site row. A site that is finished, or whose start URL changed
 * (the firm list gave a new URL), starts again from scratch: its frontier and pages are deleted.
 * Returns how many sites were opened or reopened.
 */
export async function registerSites(store: Store, firms: readonly SiteToRegister[]): Promise<number> {
  const existing = new Map<string, { start_url: string; state: string }>();
  for (const row of await store.db
    .selectFrom('crawl_sites')
    .select(['firm_id', 'start_url', 'state'])
    .execute()) {
    existing.set(row.firm_id, row);
  }
  const now = new Date().toISOString();
  const fresh: CrawlSiteTable[] = [];
  const reset: SiteToRegister[] = [];
  for (const firm of firms) {
    const row = existing.get(firm.firmId);
    if (!row) fresh.push(openRow(firm, now));
    else if (row.start_url !== firm.url || row.state !== 'open') reset.push(firm);
  }
  await store.transaction(async (tx) => {
    for (let i = 0; i < fresh.length; i += 500) {
      await tx.db
        .insertInto('crawl_sites')
        .values(fresh.slice(i, i + 500))
        // another crawler process may register the same firms at the same moment
        .onConflict((oc) => oc.column('firm_id').doNothing())
        .execute();
    }
    const stale = Date.now() - LEASE_TTL_MS;
    for (const firm of reset) {
      // Only a site nobody crawls right now (not leased, or leased by a dead process) starts again.
      const result = await tx.db
        .updateTable('crawl_sites')
        .set(openRow(firm, now))
        .where('firm_id', '=', firm.firmId)
        .where((eb) => eb.or([eb('worker', 'is', null), eb('renewed_ms', '<', stale)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) continue;
      await tx.db.deleteFrom('crawl_frontier').where('firm_id', '=', firm.firmId).execute();
      await tx.db.deleteFrom('crawl_pages').where('firm_id', '=', firm.firmId).execute();
    }
  });
  return fresh.length + reset.length;
}

function openRow(firm: SiteToRegister, now: string): CrawlSiteTable {
  return {
    firm_id: firm.firmId,
    start_url: firm.url,
    site_url: firm.url,
    state: 'open',
    worker: null,
    renewed_ms: null,
    seeded: 0,
    pages: 0,
    requests: 0,
    moved_to: null,
    outcome: null,
    created_at: now,
    finished_at: null,
  };
}

/**
 * Leases the next open site that nobody holds (or whose holder stopped renewing), atomically: in SQLite the
 * single UPDATE is serialised; in PostgreSQL the candidate row is locked with FOR UPDATE SKIP LOCKED, so
 * concurrent processes never get the same site.
 */
export async function leaseSite(
  store: Store,
  worker: string,
  nowMs: number = Date.now(),
): Promise<SiteRow | null> {
  const stale = nowMs - LEASE_TTL_MS;
  const lock = store.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<SiteRow>`
    update crawl_sites set worker = ${worker}, renewed_ms = ${nowMs}
    where firm_id = (
      select firm_id from crawl_sites
      where state = 'open' and (worker is null or renewed_ms < ${stale})
      order by firm_id limit 1 ${lock}
    )
    returning *`.execute(store.db);
  return result.rows[0] ?? null;
}

/** Keeps this worker's leases alive. */
export async function renewLeases(store: Store, worker: string, nowMs: number = Date.now()): Promise<void> {
  await store.db
    .updateTable('crawl_sites')
    .set({ renewed_ms: nowMs })
    .where('worker', '=', worker)
    .where('state', '=', 'open')
    .execute();
}

/** Gives back this worker's open leases (on a clean stop) so another run can take them at once. */
export async function releaseLeases(store: Store, worker: string): Promise<void> {
  await store.db
    .updateTable('crawl_sites')
    .set({ worker: null, renewed_ms: null })
    .where('worker', '=', worker)
    .where('state', '=', 'open')
    .execute();
}

/**
 * Frees leases of processes on this machine that no longer exist (a crawl killed with kill -9), so that a
 * restarted crawl resumes at once instead of waiting for the leases to go stale.
 */
export async function releaseDeadLeases(store: Store): Promise<number> {
  const rows = await store.db
    .selectFrom('crawl_sites')
    .select('worker')
    .distinct()
    .where('worker', 'is not', null)
    .where('state', '=', 'open')
    .execute();
  const here = hostname();
  const dead = rows
    .map((r) => r.worker!)
    .filter((w) => {
      const [host, pid] = w.split(':');
      return host === here && pid !== undefined && !processAlive(Number(pid));
    });
  if (dead.length === 0) return 0;
  const result = await store.db
    .updateTable('crawl_sites')
    .set({ worker: null, renewed_ms: null })
    .where('worker', 'in', dead)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks a site finished if this worker still holds it; false when the lease was lost (nothing written). */
export async function finishSite(
  store: Store,
  firmId: string,
  worker: string,
  outcome: { outcome: string; pages: number; requests: number; siteUrl: string; movedTo: string | null },
): Promise<boolean> {
  const result = await store.db
    .updateTable('crawl_sites')
    .set({
      state: 'finished',
      worker: null,
      renewed_ms: null,
      outcome: outcome.outcome,
      pages: outcome.pages,
      requests: outcome.requests,
      site_url: outcome.siteUrl,
      moved_to: outcome.movedTo,
      finished_at: new Date().toISOString(),
    })
    .where('firm_id', '=', firmId)
    .where('worker', '=', worker)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
