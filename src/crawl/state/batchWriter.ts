// Collects the crawler's writes and commits them together, every N records or T milliseconds, in one transaction.
import type { Store } from '../../store/store.js';
import {
  insertFrontier,
  insertPages,
  insertRequests,
  updateFrontier,
  type FrontierInsert,
  type FrontierUpdate,
  type PageInsert,
  type RequestInsert,
} from './records.js';

interface Pending {
  frontier: FrontierInsert[];
  updates: FrontierUpdate[];
  pages: PageInsert[];
  requests: RequestInsert[];
  seeded: { firmId: string; siteUrl: string; movedTo: string | null }[];
}

function empty(): Pending {
  return { frontier: [], updates: [], pages: [], requests: [], seeded: [] };
}

export interface BatchWriterOptions {
  /** Commit once this many records wait (default 200). */
  maxRecords: number;
  /** Commit at least this often while records wait (default 500 ms). */
  maxDelayMs: number;
}

/**
 * What is not committed is lost on kill -9; the frontier rows of those pages stay `queued` in the database, so
 * a restart fetches them again (at most the pages of one batch). A page and its frontier update always commit
 * together. A failed commit is raised by the next `flush()` (and every later one).
 */
export class BatchWriter {
  readonly #store: Store;
  readonly #options: BatchWriterOptions;
  #pending: Pending = empty();
  #count = 0;
  #chain: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #failure: unknown;
  commits = 0;

  constructor(store: Store, options: Partial<BatchWriterOptions> = {}) {
    this.#store = store;
    this.#options = { maxRecords: options.maxRecords ?? 200, maxDelayMs: options.maxDelayMs ?? 500 };
  }

  addFrontier(rows: FrontierInsert[]): void {
    if (rows.length === 0) return;
    this.#pending.frontier.push(...rows);
    this.#added(rows.length);
  }

  updateFrontier(update: FrontierUpdate): void {
    this.#pending.updates.push(update);
    this.#added(1);
  }

  addPage(row: PageInsert): void {
    this.#pending.pages.push(row);
    this.#added(1);
  }

  addRequest(row: RequestInsert): void {
    this.#pending.requests.push(row);
    this.#added(1);
  }

  markSeeded(firmId: string, siteUrl: string, movedTo: string | null): void {
    this.#pending.seeded.push({ firmId, siteUrl, movedTo });
    this.#added(1);
  }

  /** Commits what waits now; resolves when it (and every earlier commit) is durable. */
  flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    if (this.#count > 0) {
      const batch = this.#pending;
      this.#pending = empty();
      this.#count = 0;
      this.#chain = this.#chain.then(() => this.#commit(batch));
    }
    return this.#chain.then(() => {
      if (this.#failure !== undefined) throw this.#failure;
    });
  }

  #added(n: number): void {
    this.#count += n;
    if (this.#count >= this.#options.maxRecords) {
      void this.flush().catch(() => undefined);
    } else if (!this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        void this.flush().catch(() => undefined);
      }, this.#options.maxDelayMs);
      this.#timer.unref();
    }
  }

  async #commit(batch: Pending): Promise<void> {
    if (this.#failure !== undefined) return;
    try {
      await this.#store.transaction(async (tx) => {
        await insertFrontier(tx.db, batch.frontier, tx.dialect);
        await insertPages(tx.db, batch.pages);
        await updateFrontier(tx.db, batch.updates);
        await insertRequests(tx.db, batch.requests);
        for (const s of batch.seeded) {
          await tx.db
            .updateTable('crawl_sites')
            .set({ seeded: 1, site_url: s.siteUrl, moved_to: s.movedTo })
            .where('firm_id', '=', s.firmId)
            .execute();
        }
      });
      this.commits++;
    } catch (error) {
      this.#failure = error;
    }
  }
}
