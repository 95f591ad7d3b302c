// `jobs assign`: assigns every stored ad again (after boundaries or a postcode table arrived), page by page.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { IngestError } from '../ingest/errors.js';
import type { Store } from '../store/index.js';
import { assignAd, type UnassignedReason } from './assign/assignAd.js';
import { readPostcodeTable } from './assign/postcodes.js';
import { DEFAULT_DUPLICATE_DAYS } from './dedup.js';
import { relinkDuplicates, type RelinkReport } from './relink.js';
import { adsAfter, setAssignments } from './store/ads.js';
import { loadAssignmentContext, replacePostcodes } from './store/context.js';
import type { AssignedBy } from './types.js';

export interface AssignReport {
  unitSet: string;
  unitsFrom: string;
  boundaries: number;
  postcodeRows: number;
  ads: number;
  changed: number;
  assigned: Record<AssignedBy, number>;
  unassigned: number;
  unassignedReasons: Partial<Record<UnassignedReason, number>>;
  /** Re-post links recomputed, since the duplicate key contains the municipality. */
  duplicates: RelinkReport;
}

export async function reassignAds(
  store: Store,
  options: { unitSet?: string; postcodesFile?: string; duplicateDays?: number } = {},
): Promise<AssignReport> {
  const unitSet = options.unitSet ?? 'municipalities';
  if (options.postcodesFile !== undefined && !existsSync(options.postcodesFile)) {
    throw new IngestError(options.postcodesFile, null, null, 'no such file');
  }
  const postcodes = options.postcodesFile === undefined ? null : readPostcodeTable(options.postcodesFile);
  return store.transaction(async (tx) => {
    if (postcodes) await replacePostcodes(tx.db, postcodes, basename(options.postcodesFile!));
    const context = await loadAssignmentContext(tx.db, unitSet);
    const report: AssignReport = {
      unitSet,
      unitsFrom: context.unitsFrom,
      boundaries: context.boundaries,
      postcodeRows: context.postcodeRows,
      ads: 0,
      changed: 0,
      assigned: { coordinates: 0, postcode: 0, town: 0 },
      unassigned: 0,
      unassignedReasons: {},
      duplicates: { keysChanged: 0, linksChanged: 0, duplicates: 0 },
    };
    let after: string | null = null;
    for (;;) {
      const page = await adsAfter(tx.db, after, 2000);
      if (page.length === 0) break;
      after = page.at(-1)!.id;
      const changes: { id: string; unitSet: string; ags: string | null; by: AssignedBy | null }[] = [];
      for (const ad of page) {
        const a = assignAd(ad, context);
        report.ads++;
        const by = a.ags === null ? null : a.by;
        if (a.ags !== ad.ags || by !== ad.assigned_by || ad.unit_set !== unitSet) {
          changes.push({ id: ad.id, unitSet, ags: a.ags, by });
        }
      }
      report.changed += changes.length;
      await setAssignments(tx.db, changes);
    }
    report.duplicates = await relinkDuplicates(tx.db, options.duplicateDays ?? DEFAULT_DUPLICATE_DAYS);
    // counted once the links are right: originals only, as the import counts
    after = null;
    for (;;) {
      const page = await adsAfter(tx.db, after, 2000);
      if (page.length === 0) break;
      after = page.at(-1)!.id;
      for (const ad of page) {
        if (ad.duplicate_of !== null) continue;
        if (ad.ags !== null && ad.assigned_by !== null) report.assigned[ad.assigned_by as AssignedBy]++;
        else {
          const a = assignAd(ad, context); // for the reason, which is not stored
          if (a.ags !== null) report.assigned[a.by]++;
          else {
            report.unassigned++;
            report.unassignedReasons[a.reason] = (report.unassignedReasons[a.reason] ?? 0) + 1;
          }
        }
      }
    }
    return report;
  });
}
