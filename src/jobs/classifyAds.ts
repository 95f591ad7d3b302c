// `jobs classify`: classifies the stored ads page by page (constant memory) and stores each verdict with its evidence.
import { sql, type Kysely } from 'kysely';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { classifyAd, JOB_CLASSIFIER_VERSION, type AdClassification } from './classify/index.js';
import { adTextsAfter, countAdsAfter } from './store/ads.js';
import { classifierThreads, defaultClassifierThreads } from './classify/threads.js';
import { mapInOrder } from '../parallel/inOrder.js';

/** Ads read, classified and written back at a time (one transaction each). */
export const CLASSIFY_PAGE = 1000;
/** Pages under way per classifier thread: one being classified, one waiting, so no thread idles. */
const PAGES_PER_THREAD = 2;

export interface ClassifyOptions {
  /** Classify every ad again, not only those without a verdict of the current classifier version. */
  all?: boolean;
  /** The classifier (the project's by default; tests may pass their own, which runs in this thread). */
  classify?: (ad: { title: string; description: string }) => AdClassification;
  version?: string;
  /** Worker threads for the project's classifier; 0 = this thread. Default: by the number of ads to classify. */
  threads?: number;
  onProgress?: (classified: number) => void;
}

export interface ClassifyReport {
  classifierVersion: string;
  classified: number;
  aiSkill: number;
  /** Classified from the title alone: the job board's details were not fetched yet (they reset the verdict). */
  titleOnly: number;
  /** Worker threads that classified (0: the calling thread). */
  threads: number;
  seconds: number;
}

type Page = Awaited<ReturnType<typeof adTextsAfter>>;

/**
 * Walks the ads in id order, a page at a time; each page is classified and written in its own transaction, so
 * an interrupted run keeps what it did and the next run goes on with the rest. With threads, the next pages are
 * read and classified while one is written.
 */
export async function classifyStoredAds(
  store: Store,
  options: ClassifyOptions = {},
): Promise<ClassifyReport> {
  const started = performance.now();
  const version = options.version ?? JOB_CLASSIFIER_VERSION;
  const filter = options.all ? {} : { unclassifiedFor: version };
  const threads = options.classify
    ? 0
    : (options.threads ?? defaultClassifierThreads(await countAdsAfter(store.db, filter)));
  const report: ClassifyReport = {
    classifierVersion: version,
    classified: 0,
    aiSkill: 0,
    titleOnly: 0,
    threads,
    seconds: 0,
  };
  const pool = threads > 0 ? classifierThreads(threads) : null;
  const inThread = options.classify ?? classifyAd;
  const classifyPage = async (page: Page) => ({
    page,
    verdicts: pool ? await pool.classify(page) : page.map((ad) => inThread(ad)),
  });
  try {
    const classified = mapInOrder(
      pagesOf(store, filter),
      classifyPage,
      Math.max(1, threads * PAGES_PER_THREAD),
    );
    for await (const { page, verdicts } of classified) {
      for (let i = 0; i < page.length; i++) {
        report.classified++;
        if (verdicts[i]!.aiSkill) report.aiSkill++;
        if (page[i]!.details_pending === 1) report.titleOnly++;
      }
      await store.transaction((tx) => writeVerdicts(tx.db, page, verdicts, version));
      options.onProgress?.(report.classified);
      // better-sqlite3 is synchronous: let a progress bar redraw between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await pool?.close();
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function* pagesOf(store: Store, filter: { unclassifiedFor?: string }): AsyncGenerator<Page> {
  let after: string | null = null;
  for (;;) {
    const page = await adTextsAfter(store.db, after, CLASSIFY_PAGE, filter);
    if (page.length === 0) return;
    after = page.at(-1)!.id;
    yield page;
  }
}

/** One statement per 200 ads: `with v(…) as (values …) update job_ads … from v` (SQLite ≥ 3.33 and PostgreSQL). */
async function writeVerdicts(
  db: Kysely<Database>,
  ads: readonly { id: string }[],
  verdicts: readonly AdClassification[],
  version: string,
): Promise<void> {
  for (let i = 0; i < ads.length; i += 200) {
    const rows = verdicts.slice(i, i + 200).map((c, k) => {
      const evidence = c.evidence.length > 0 ? JSON.stringify(c.evidence) : null;
      return sql`(${ads[i + k]!.id}, ${c.aiSkill ? 1 : 0}, ${c.score}, ${evidence})`;
    });
    await sql`with v(id, ai, score, evidence) as (values ${sql.join(rows)})
      update job_ads set ai_skill = cast(v.ai as integer), score = cast(v.score as double precision),
        evidence = v.evidence, classifier_version = ${version}
      from v where job_ads.id = v.id`.execute(db);
  }
}

/** The evidence stored with an ad, parsed. */
export function parseEvidence(text: string | null): { term: string; snippet: string }[] {
  if (text === null || text === '') return [];
  return JSON.parse(text) as { term: string; snippet: string }[];
}
