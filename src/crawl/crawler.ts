// Runs a crawl: leases open sites one by one on `concurrency` workers until none is left, renewing the leases.
import type { Store } from '../store/store.js';
import { markFirmCrawled } from './firms/index.js';
import { CrawlContext, type CrawlEvents } from './context.js';
import type { CrawlOptions } from './options.js';
import { SiteCrawl, type SiteOutcome } from './siteCrawl.js';
import { relaxCommitSync } from './state/durability.js';
import {
  leaseSite,
  LEASE_TTL_MS,
  newWorkerId,
  releaseDeadLeases,
  releaseLeases,
  renewLeases,
} from './state/sites.js';

export interface CrawlRun {
  worker: string;
  sites: SiteOutcome[];
  /** True when `stop()` ended the run before every site was done. */
  stopped: boolean;
}

export interface CrawlHandle {
  /** Resolves when every worker has finished (or stopped). */
  done: Promise<CrawlRun>;
  /** Stops leasing new sites; sites in progress are abandoned (their committed state stays) and released. */
  stop(): void;
}

/**
 * Crawls every open site of the store (see `registerSites`). Several processes may run this on the same
 * PostgreSQL database: each site is leased by one of them at a time.
 */
export function startCrawl(store: Store, options: CrawlOptions, events: CrawlEvents = {}): CrawlHandle {
  const worker = newWorkerId();
  const ctx = new CrawlContext(store, options, worker, events);
  const sites: SiteOutcome[] = [];
  let stopped = false;

  const done = (async (): Promise<CrawlRun> => {
    await relaxCommitSync(store);
    await releaseDeadLeases(store);
    const heartbeat = setInterval(
      () => void renewLeases(store, worker).catch(() => undefined),
      LEASE_TTL_MS / 4,
    );
    heartbeat.unref();
    try {
      const loop = async (): Promise<void> => {
        while (!stopped) {
          const site = await leaseSite(store, worker);
          if (!site) return;
          await markFirmCrawled(store, site.firm_id, {
            status: 'crawling',
            pages: site.pages,
            finalUrl: null,
          });
          const outcome = await new SiteCrawl(ctx, site).run();
          if (outcome.recorded) sites.push(outcome);
        }
      };
      // A failure (e.g. the database) stops every worker; the first failure is raised once all have ended.
      const guarded = () =>
        loop().catch((error: unknown) => {
          stopped = true;
          ctx.stop();
          throw error;
        });
      const ended = await Promise.allSettled(
        Array.from({ length: Math.max(1, options.concurrency) }, guarded),
      );
      const failure = ended.find((e): e is PromiseRejectedResult => e.status === 'rejected');
      if (failure) throw failure.reason;
    } finally {
      clearInterval(heartbeat);
      await ctx.close().finally(() => (stopped ? releaseLeases(store, worker) : undefined));
    }
    return { worker, sites, stopped };
  })();

  return {
    done,
    stop: () => {
      stopped = true;
      ctx.stop();
    },
  };
}

/** Crawls until no open site is left. */
export function runCrawl(store: Store, options: CrawlOptions, events: CrawlEvents = {}): Promise<CrawlRun> {
  return startCrawl(store, options, events).done;
}
