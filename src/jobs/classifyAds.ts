// `jobs classify`: classifies the stored ads page by page (constant memory) and stores each verdict with its evidence.
import { sql, type Kysely } from 'kysely';
import type { Store } from '../store/index.js';
import type { Database } from '../store/schema.js';
import { classifyAd, JOB_CLASSIFIER_VERSION, type AdClassification } from './classify/index.js';
import { adsAfter } from './store/ads.js';

/** Ads read, classified and written back at a time (one transaction each). */
export const CLASSIFY_PAGE = 1000;

export interface ClassifyOptions {
  /** Classify every ad again, not only those without a verdict of the current classifier version. */
  all?: boolean;
  /** The classifier (the project's by default; tests may pass their own). */
  classify?: (ad: { title: string; description: string }) => AdClassification;
  version?: string;
  onProgress?: (classified: number) => void;
}

export interface ClassifyReport {
  classifierVersion: string;
  classified: number;
  aiSkill: number;
  /** Classified from the title alone: the job board's details were not fetched yet (they reset the verdict). */
  titleOnly: number;
  seconds: number;
}

/**
 * Walks the ads in id order, a page at a time; each page is classified and written in its own transaction, so
 * an interrupted run keeps what it did and the next run goes on with the rest.
 */
export async function classifyStoredAds(
  store: Store,
  options: ClassifyOptions = {},
): Promise<ClassifyReport> {
  const started = performance.now();
  const classify = options.classify ?? classifyAd;
  const version = options.version ?? JOB_CLASSIFIER_VERSION;
  const report: ClassifyReport = {
    classifierVersion: version,
    classified: 0,
    aiSkill: 0,
    titleOnly: 0,
    seconds: 0,
  };
  let after: string | null = null;
  for (;;) {
    const page = await adsAfter(
      store.db,
      after,
      CLASSIFY_PAGE,
      options.all ? {} : { unclassifiedFor: version },
    );
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    const verdicts = page.map((ad) => {
      const c = classify({ title: ad.title, description: ad.description });
      report.classified++;
      if (c.aiSkill) report.aiSkill++;
      if (ad.details_pending === 1) report.titleOnly++;
      return { id: ad.id, classification: c };
    });
    await store.transaction((tx) => writeVerdicts(tx.db, verdicts, version));
    options.onProgress?.(report.classified);
    // better-sqlite3 is synchronous: let a progress bar redraw between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** One statement per 200 ads: `with v(…) as (values …) update job_ads … from v` (SQLite ≥ 3.33 and PostgreSQL). */
async function writeVerdicts(
  db: Kysely<Database>,
  verdicts: readonly { id: string; classification: AdClassification }[],
  version: string,
): Promise<void> {
  for (let i = 0; i < verdicts.length; i += 200) {
    const rows = verdicts
      .slice(i, i + 200)
      .map(
        ({ id, classification: c }) =>
          sql`(${id}, ${c.aiSkill ? 1 : 0}, ${c.score}, ${c.evidence.length > 0 ? JSON.stringify(c.evidence) : null})`,
      );
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
