// Recomputes the re-post links of all stored ads after their municipalities changed (`jobs assign`): the duplicate
// key contains the municipality, so ads that now share one may be re-posts of each other, and others no longer.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { duplicateKey, originalOf, type KeyedAd } from './dedup.js';
import {
  adKeyPartsAfter,
  keyedAdsAfter,
  setDedupKeys,
  setDuplicateLinks,
  unlinkUnkeyedAds,
  type KeyedPosition,
} from './store/ads.js';

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
  const report: RelinkReport = { keysChanged: await rekey(db), linksChanged: 0, duplicates: 0 };
  let group: string | null = null;
  let originals: KeyedAd[] = [];
  let after: KeyedPosition | null = null;
  for (;;) {
    const page = await keyedAdsAfter(db, after, PAGE);
    if (page.length === 0) break;
    const last = page.at(-1)!;
    after = { key: last.dedup_key, posted: last.posted, id: last.id };
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
    await setDuplicateLinks(db, changes);
  }
  report.linksChanged += await unlinkUnkeyedAds(db);
  return report;
}

/** Pass 1: stores each ad's key from its text and current municipality; returns how many changed. */
async function rekey(db: Kysely<Database>): Promise<number> {
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    const page = await adKeyPartsAfter(db, after, PAGE);
    if (page.length === 0) return changed;
    after = page.at(-1)!.id;
    const changes = page
      .map((ad) => ({ id: ad.id, key: duplicateKey(ad, ad.ags), stored: ad.dedup_key }))
      .filter((c) => c.key !== c.stored);
    changed += changes.length;
    await setDedupKeys(db, changes);
  }
}
