// `jobs fetch`: pages through the job search, stores raw responses and the ads, then fetches their details; resumable.
import type { Store } from '../../store/index.js';
import { DEFAULT_DUPLICATE_DAYS } from '../dedup.js';
import { describeProblem, JobBoardError } from '../errors.js';
import { AdIngest, emptyCounts, type IngestCounts, type LocatedAd } from '../ingest.js';
import { adFromDetails, adFromSearchItem, isSearchPage } from '../read/jobsuche.js';
import {
  adsPendingDetails,
  countPendingDetails,
  markDetailsUnavailable,
  updateAdDetails,
} from '../store/ads.js';
import { loadAssignmentContext } from '../store/context.js';
import { startRun, storeResponse, unfinishedRun, updateRun } from '../store/fetchRuns.js';
import type { AdProblem } from '../types.js';
import {
  JobsucheClient,
  MAX_PAGE_SIZE,
  MAX_WINDOW_DAYS,
  type ClientOptions,
  type SearchParams,
} from './client.js';

export interface FetchOptions extends ClientOptions {
  params: Partial<SearchParams>;
  /** Stop after this many pages in this call (the run stays open and the next call resumes it). */
  maxPages?: number;
  /** Fetch the details (the description) of ads that lack them; default true. */
  details?: boolean;
  /** At most this many details in this call. */
  maxDetails?: number;
  /** Pause between requests, in ms (politeness; default 250). */
  delayMs?: number;
  unitSet?: string;
  duplicateDays?: number;
  onProgress?: (event: { phase: 'search' | 'details'; done: number; total: number | null }) => void;
}

export interface FetchReport {
  runId: number;
  resumed: boolean;
  /** Pages fetched in this call; the run's pages so far; the total the service reported. */
  pages: number;
  pagesDone: number;
  total: number | null;
  finished: boolean;
  ads: IngestCounts;
  /** Entries of result pages that are not ads (no refnr, no date …), skipped with their reason. */
  skippedEntries: number;
  skippedExamples: string[];
  details: { fetched: number; gone: number; pending: number };
  seconds: number;
}

/**
 * One run per set of parameters: if an earlier run with the same base URL and parameters did not finish,
 * this call goes on from its next page; otherwise a new run starts at page 1 (so that calling it daily
 * accumulates the ads of a sliding window of up to 100 days; known refnrs are skipped). Every page is stored
 * raw together with its ads in one transaction, so an interruption loses nothing already fetched. Then the
 * details of every ad still without them are fetched (also after an interruption: the ads remember it).
 */
export async function fetchJobs(store: Store, options: FetchOptions): Promise<FetchReport> {
  const started = performance.now();
  const params = searchParams(options.params);
  const client = new JobsucheClient(options);
  const key = JSON.stringify(params);
  const delay = options.delayMs ?? 250;
  const previous = await unfinishedRun(store.db, client.baseUrl, key);
  const run = previous ?? (await startRun(store.db, client.baseUrl, key));
  const context = await loadAssignmentContext(store.db, options.unitSet ?? 'municipalities');
  const counts = emptyCounts();
  const skipped: AdProblem[] = [];
  let skippedEntries = 0;
  let pagesDone = run.pages_done;
  let total = run.total;
  let pages = 0;
  let finished = false;

  try {
    while (options.maxPages === undefined || pages < options.maxPages) {
      const page = pagesDone + 1;
      if (pages > 0 || previous) await sleep(delay);
      const response = await client.search(params, page);
      let doc: unknown;
      try {
        doc = JSON.parse(response.body);
      } catch {
        throw new JobBoardError(
          'the job board answered with text that is not JSON',
          response.url,
          response.status,
        );
      }
      if (!isSearchPage(doc)) {
        throw new JobBoardError(
          'the answer is not a job-search result page (no "stellenangebote")',
          response.url,
          200,
        );
      }
      const entries = doc.stellenangebote;
      const reported = Number(doc.maxErgebnisse);
      total = Number.isFinite(reported) ? reported : total;
      await store.transaction(async (tx) => {
        await storeResponse(tx.db, run.id, 'search', response, { page });
        const ingest = new AdIngest(tx.db, context, null, options.duplicateDays ?? DEFAULT_DUPLICATE_DAYS);
        const batch: LocatedAd[] = [];
        entries.forEach((entry, i) => {
          const record = adFromSearchItem(entry, i + 1);
          if ('ad' in record) batch.push({ ad: record.ad, line: null });
          else {
            skippedEntries++;
            for (const p of record.problems) if (skipped.length < 5) skipped.push(p);
          }
        });
        await ingest.add(batch);
        addCounts(counts, ingest.counts);
        await updateRun(tx.db, run.id, { pagesDone: page, total });
      });
      pagesDone = page;
      pages++;
      options.onProgress?.({ phase: 'search', done: pagesDone * params.size, total });
      if (
        entries.length === 0 ||
        entries.length < params.size ||
        (total !== null && page * params.size >= total)
      ) {
        finished = true;
        break;
      }
    }
    const details = { fetched: 0, gone: 0, pending: 0 };
    if (options.details ?? true) {
      const limit = options.maxDetails ?? Infinity;
      while (details.fetched + details.gone < limit) {
        const ids = await adsPendingDetails(store.db, Math.min(100, limit - details.fetched - details.gone));
        if (ids.length === 0) break;
        for (const refnr of ids) {
          await sleep(delay);
          const response = await client.details(refnr);
          await store.transaction(async (tx) => {
            await storeResponse(tx.db, run.id, 'details', response, { refnr });
            const record = response.status === 200 ? adFromDetails(safeJson(response.body)) : null;
            if (record && 'ad' in record && record.ad.id === refnr) {
              await updateAdDetails(tx.db, record.ad);
              details.fetched++;
            } else {
              // Gone (404) or not usable: keep the ad as the result page gave it.
              await markDetailsUnavailable(tx.db, refnr);
              details.gone++;
            }
          });
          options.onProgress?.({ phase: 'details', done: details.fetched + details.gone, total: null });
        }
      }
    }
    details.pending = await countPendingDetails(store.db);
    if (finished) await updateRun(store.db, run.id, { status: 'done' });
    return {
      runId: run.id,
      resumed: previous !== undefined,
      pages,
      pagesDone,
      total,
      finished,
      ads: counts,
      skippedEntries,
      skippedExamples: skipped.map((p) => describeProblem(`page entry`, p)),
      details,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    await updateRun(store.db, run.id, { status: 'failed' });
    throw error;
  }
}

/** Defaults (the whole 100-day window, 100 per page) and checks of the service's limits. */
export function searchParams(given: Partial<SearchParams>): SearchParams {
  const window = given.veroeffentlichtseit ?? MAX_WINDOW_DAYS;
  const size = given.size ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(window) || window < 0 || window > MAX_WINDOW_DAYS) {
    throw new RangeError(
      `veroeffentlichtseit (days since publication) must be 0–${MAX_WINDOW_DAYS}, not ${window}`,
    );
  }
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new RangeError(`size must be 1–${MAX_PAGE_SIZE}, not ${size}`);
  }
  const params: SearchParams = { veroeffentlichtseit: window, size };
  if (given.was) params.was = given.was;
  if (given.wo) params.wo = given.wo;
  if (given.umkreis !== undefined) params.umkreis = given.umkreis;
  if (given.angebotsart !== undefined) params.angebotsart = given.angebotsart;
  return params;
}

function addCounts(into: IngestCounts, add: IngestCounts): void {
  into.read += add.read;
  into.new += add.new;
  into.knownIds += add.knownIds;
  into.repeatedIds += add.repeatedIds;
  into.nearDuplicates += add.nearDuplicates;
  into.unassigned += add.unassigned;
  for (const k of Object.keys(add.assigned) as (keyof IngestCounts['assigned'])[])
    into.assigned[k] += add.assigned[k];
  for (const [k, n] of Object.entries(add.unassignedReasons)) {
    const reason = k as keyof IngestCounts['unassignedReasons'];
    into.unassignedReasons[reason] = (into.unassignedReasons[reason] ?? 0) + n;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
