// The crawl_coverage table: per edition and unit, how many firms were listed, had a website, were crawled and classified.
import type { Store } from '../../store/store.js';
import type { CrawlCounts } from './aggregate.js';

export interface CoverageRow extends CrawlCounts {
  unitCode: string;
}

/** Replaces the coverage of `edition` and `unitSet` (call inside the transaction that stores the values). */
export async function replaceCoverage(
  store: Store,
  key: { edition: number; unitSet: string; sourceId: string },
  units: ReadonlyMap<string, CrawlCounts>,
): Promise<void> {
  await store.db
    .deleteFrom('crawl_coverage')
    .where('edition', '=', key.edition)
    .where('unit_set', '=', key.unitSet)
    .execute();
  const now = new Date().toISOString();
  const rows = [...units].map(([unitCode, c]) => ({
    edition: key.edition,
    unit_set: key.unitSet,
    unit_code: unitCode,
    firms_listed: c.listed,
    firms_with_website: c.withWebsite,
    firms_crawled: c.crawled,
    firms_classified: c.classified,
    digital_affine: c.digitalAffine,
    ai_affine: c.aiAffine,
    digital_startups: c.digitalStartups,
    source_id: key.sourceId,
    computed_at: now,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await store.db
      .insertInto('crawl_coverage')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** The stored coverage of an edition, by unit code. */
export async function listCoverage(store: Store, edition: number, unitSet: string): Promise<CoverageRow[]> {
  const rows = await store.db
    .selectFrom('crawl_coverage')
    .selectAll()
    .where('edition', '=', edition)
    .where('unit_set', '=', unitSet)
    .orderBy('unit_code')
    .execute();
  return rows.map((r) => ({
    unitCode: r.unit_code,
    listed: r.firms_listed,
    withWebsite: r.firms_with_website,
    crawled: r.firms_crawled,
    classified: r.firms_classified,
    digitalAffine: r.digital_affine,
    aiAffine: r.ai_affine,
    digitalStartups: r.digital_startups,
  }));
}
