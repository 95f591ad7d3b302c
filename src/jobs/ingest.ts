// Adds validated ads to the database in batches: drops known ids, marks re-posts, assigns municipalities.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { assignAd, type AssignmentContext, type UnassignedReason } from './assign/assignAd.js';
import { duplicateKey, originalOf, type KeyedAd } from './dedup.js';
import { adsByKey, insertAds, storedIds, type StoredAd } from './store/ads.js';
import type { AssignedBy, JobAd } from './types.js';

export interface IngestCounts {
  /** Ads offered (valid records). */
  read: number;
  /** Ads stored as new originals. */
  new: number;
  /** Ads whose id was stored already (an earlier import or fetch): skipped. */
  knownIds: number;
  /** Ads whose id came earlier in the same input: skipped. */
  repeatedIds: number;
  /** Ads stored as re-posts of an earlier ad (same title, employer and town, near date): counted once. */
  nearDuplicates: number;
  assigned: Record<AssignedBy, number>;
  unassigned: number;
  unassignedReasons: Partial<Record<UnassignedReason, number>>;
}

export function emptyCounts(): IngestCounts {
  return {
    read: 0,
    new: 0,
    knownIds: 0,
    repeatedIds: 0,
    nearDuplicates: 0,
    assigned: { coordinates: 0, postcode: 0, town: 0 },
    unassigned: 0,
    unassignedReasons: {},
  };
}

/** An ad and where it was read. */
export interface LocatedAd {
  ad: JobAd;
  line: number | null;
}

/**
 * Stores batches of ads inside the caller's transaction. Lookups go to the database batch by batch (earlier
 * batches of the same input are visible there), so memory stays bounded whatever the input's size.
 */
export class AdIngest {
  readonly counts = emptyCounts();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly context: AssignmentContext & { unitSet: string },
    private readonly importId: number | null,
    private readonly duplicateDays: number,
  ) {}

  /** Stores `batch`; returns the ads stored (new originals and re-posts), in input order. */
  async add(batch: readonly LocatedAd[]): Promise<StoredAd[]> {
    this.counts.read += batch.length;
    const known = await storedIds(
      this.db,
      batch.map((b) => b.ad.id),
    );
    const assignments = batch.map((b) => assignAd(b.ad, this.context));
    const keys = batch.map((b, i) => duplicateKey(b.ad, assignments[i]!.ags));
    const present = [...new Set(keys.filter((k): k is string => k !== null))];
    const byKey: Map<string, KeyedAd[]> = await adsByKey(this.db, present);
    const seen = new Set<string>();
    const out: StoredAd[] = [];
    batch.forEach(({ ad, line }, i) => {
      if (known.has(ad.id)) {
        this.counts.knownIds++;
        return;
      }
      if (seen.has(ad.id)) {
        this.counts.repeatedIds++;
        return;
      }
      seen.add(ad.id);
      const key = keys[i]!;
      let duplicateOf: string | null = null;
      if (key !== null) {
        const candidates = byKey.get(key) ?? [];
        const original = originalOf(ad.date, candidates, this.duplicateDays);
        if (original) duplicateOf = original.id;
        else {
          candidates.push({ id: ad.id, date: ad.date });
          byKey.set(key, candidates);
        }
      }
      const assignment = assignments[i]!;
      if (duplicateOf !== null) this.counts.nearDuplicates++;
      else {
        this.counts.new++;
        if (assignment.ags !== null) this.counts.assigned[assignment.by]++;
        else {
          this.counts.unassigned++;
          this.counts.unassignedReasons[assignment.reason] =
            (this.counts.unassignedReasons[assignment.reason] ?? 0) + 1;
        }
      }
      out.push({
        ...ad,
        dedupKey: key,
        duplicateOf,
        importId: this.importId,
        line,
        unitSet: this.context.unitSet,
        ags: assignment.ags,
        assignedBy: assignment.ags === null ? null : assignment.by,
      });
    });
    await insertAds(this.db, out);
    return out;
  }
}
