// Recomputes the re-post links of all stored ads after their municipalities changed (`jobs assign`): the duplicate
// key contains the municipality, so ads that now share one may be re-posts of each other, and others no longer.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { duplicateKey, originalOf, type KeyedAd } from './dedup.js';

/** Ads read and written back at a time. */
const PAGE = 2000;

export interface RelinkReport {
  /** Ads whose duplicate key changed. */
  keysChanged: number;
  /** Ads whose link (re-post of which ad, or none) changed. */
  linksChanged: number;
  /** Ads that are re-posts after relinking. */
  duplicates: number;
}

/**
 * Two passes inside the caller's transaction, constant memory: (1) every ad's key from its text and its current
 * municipality; (2) the ads in order of key, date and id: within a key, an ad posted within `days` of an
 * earlier original is a re-post of the first such original, otherwise an original itself (the rule of the
 * import, applied in date order rather than arrival order).
 */
export async function relinkDuplicates(db: Kysely<Database>, days: number): Promise<RelinkReport> {
  const report: RelinkReport = { keysChanged: 0, linksChanged: 0, duplicates: 0 };
  report.keysChanged = await rekey(db);
  let group: string | null = null;
  let originals: KeyedAd[] = [];
  let after: { key: string; posted: string; id: string } | null = null;
  for (;;) {
    let query = db
      .selectFrom('job_ads')
      .select(['id', 'dedup_key', 'posted', 'duplicate_of'])
      .where('dedup_key', 'is not', null)
      .orderBy('dedup_key')
      .orderBy('posted')
      .orderBy('id')
      .limit(PAGE);
    if (after !== null) {
      const a = after;
      query = query.where(sql<boolean>`(dedup_key, posted, id) > (${a.key}, ${a.posted}, ${a.id})`);
    }
    const page = await query.execute();
    if (page.length === 0) break;
    const last = page.at(-1)!;
    after = { key: last.dedup_key!, posted: last.posted, id: last.id };
    const changes: { id: string; duplicateOf: string | null }[] = [];
    for (const ad of page) {
      if (ad.dedup_key !== group) {
        group = ad.dedup_key;
        originals = [];
      }
      const original = originalOf(ad.posted, originals, days);
      if (original === undefined) originals.push({ id: ad.id, date: ad.posted });
      else report.duplicates++;
      const duplicateOf = original?.id ?? null;
      if (duplicateOf !== ad.duplicate_of) changes.push({ id: ad.id, duplicateOf });
    }
    report.linksChanged += changes.length;
    for (const c of changes) {
      await db.updateTable('job_ads').set({ duplicate_of: c.duplicateOf }).where('id', '=', c.id).execute();
    }
  }
  // an ad without a key is nobody's re-post
  const unkeyed = await db
    .updateTable('job_ads')
    .set({ duplicate_of: null })
    .where('dedup_key', 'is', null)
    .where('duplicate_of', 'is not', null)
    .executeTakeFirst();
  report.linksChanged += Number(unkeyed.numUpdatedRows);
  return report;
}

/** Pass 1: stores each ad's key from its text and current municipality; returns how many changed. */
async function rekey(db: Kysely<Database>): Promise<number> {
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('job_ads')
      .select(['id', 'title', 'employer', 'town', 'postcode', 'ags', 'dedup_key'])
      .orderBy('id')
      .limit(PAGE);
    if (after !== null) query = query.where('id', '>', after);
    const page = await query.execute();
    if (page.length === 0) return changed;
    after = page.at(-1)!.id;
    for (const ad of page) {
      const key = duplicateKey(ad, ad.ags);
      if (key === ad.dedup_key) continue;
      changed++;
      await db.updateTable('job_ads').set({ dedup_key: key }).where('id', '=', ad.id).execute();
    }
  }
}
