// `jobs indicators`: per municipality the ads and the AI-skill ads, stored as values of an edition with provenance.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { IngestError } from '../ingest/errors.js';
import type { Store } from '../store/index.js';
import { listIndicators } from '../store/editions.js';
import { listUnits } from '../store/units.js';
import { ChangePlanner } from '../workflow/import/planChanges.js';
import { ImportTally } from '../workflow/import/tally.js';
import type { ImportValue } from '../workflow/import/types.js';
import { editionPlan, ImportWriter, type SourceRegistration } from '../workflow/import/writer.js';
import { JOB_CLASSIFIER_VERSION } from './classify/index.js';
import { NotClassifiedError } from './exportAds.js';
import { countsByUnit } from './store/ads.js';

/** The spec's variables: AI-skill ads (the indicator) and all ads (its denominator); the engine forms the share. */
export const AI_ADS_VARIABLE = 'ai_job_ads';
export const ALL_ADS_VARIABLE = 'job_ads';

export interface IndicatorOptions {
  edition: number;
  unitSet?: string;
  /** Only ads posted in [from, to] (YYYY-MM-DD); all when absent. */
  from?: string;
  to?: string;
  replace?: boolean;
  dryRun?: boolean;
}

export interface MunicipalityCount {
  ags: string;
  name: string;
  ads: number;
  aiAds: number;
  /** AI-skill ads in % of all ads; null without ads. */
  share: number | null;
}

export interface IndicatorReport {
  edition: number;
  unitSet: string;
  classifierVersion: string;
  referenceDate: string;
  period: { from: string | null; to: string | null };
  sourceId: string;
  municipalities: MunicipalityCount[];
  totals: { ads: number; aiAds: number; unassignedAds: number };
  /** Municipalities without any ad, and without an ad asking for AI skills. */
  withoutAds: number;
  withoutAiAds: number;
  values: { new: number; changed: number; unchanged: number };
  applied: boolean;
  importId: number | null;
}

/** Shares in % for the report; the stored values are counts. Pure. */
export function shareOf(aiAds: number, ads: number): number | null {
  return ads === 0 ? null : (100 * aiAds) / ads;
}

/**
 * Counts the ads of the period per unit (re-posts once), requires every one of them classified by the
 * current classifier, and stores `job_ads` and `ai_job_ads` for every unit of the set (0 where no ad was
 * found: the engine then leaves the share missing, a zero denominator) in one transaction, as an import
 * from the source "job ads in the database" would: new values added, equal ones kept, differing ones a
 * conflict unless `replace`.
 */
export async function storeJobIndicators(store: Store, options: IndicatorOptions): Promise<IndicatorReport> {
  const unitSet = options.unitSet ?? 'municipalities';
  const from = options.from ?? null;
  const to = options.to ?? null;
  const units = await listUnits(store.db, unitSet);
  if (units.length === 0) {
    throw new IngestError(
      'database',
      null,
      'unitSet',
      `unit set "${unitSet}" has no units (run \`digitalindex run\` first)`,
    );
  }
  const plan = await editionPlan(store, options.edition);
  const specYear = plan.exists ? options.edition : plan.template!;
  const codes = new Set((await listIndicators(store.db, specYear)).map((i) => i.code));
  const missing = [AI_ADS_VARIABLE, ALL_ADS_VARIABLE].filter((v) => !codes.has(v));
  if (missing.length > 0) {
    throw new IngestError(
      'database',
      null,
      'edition',
      `the spec of edition ${specYear} declares no ${missing.join(' or ')} (the job-ad indicator and its denominator)`,
    );
  }
  const stale = await staleVerdicts(store, from, to);
  if (stale > 0) throw new NotClassifiedError(stale);
  const counts = await countsByUnit(store.db, { unitSet, from, to });
  const referenceDate = to ?? counts.lastDate ?? `${options.edition}-12-31`;

  const municipalities: MunicipalityCount[] = units.map((u) => {
    const c = counts.units.get(u.code);
    return {
      ags: u.code,
      name: u.name,
      ads: c?.ads ?? 0,
      aiAds: c?.ai ?? 0,
      share: shareOf(c?.ai ?? 0, c?.ads ?? 0),
    };
  });
  const outsideSet = [...counts.units.keys()].filter((code) => !units.some((u) => u.code === code));
  const unassignedAds =
    counts.unassigned + outsideSet.reduce((n, code) => n + counts.units.get(code)!.ads, 0);

  const digest = createHash('sha256')
    .update(JSON.stringify({ unitSet, from, to, version: JOB_CLASSIFIER_VERSION, municipalities }))
    .digest('hex');
  const source: SourceRegistration = {
    id: `jobs:${digest.slice(0, 16)}`,
    publisher: 'Bundesagentur für Arbeit (Jobsuche) and other job boards; classified by digitalindex',
    table: null,
    title:
      `Job ads ${counts.firstDate ?? '–'} to ${counts.lastDate ?? '–'}` +
      `${from || to ? ` (period ${from ?? '…'} to ${to ?? '…'})` : ''}, re-posts counted once, ` +
      `classified by ${JOB_CLASSIFIER_VERSION}`,
    licence: null,
    url: 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service',
    retrieved: new Date().toISOString().slice(0, 10),
    fileName: 'job_ads (database table)',
    fileHash: digest,
  };
  const values: ImportValue[] = [];
  municipalities.forEach((m, i) => {
    const c = counts.units.get(m.ags);
    const by = c
      ? Object.entries(c.by)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')
      : 'none';
    const note =
      `${m.aiAds} of ${m.ads} ads ask for AI skills` +
      (m.share === null ? '' : ` (${m.share.toFixed(2)} %)`) +
      `; assigned by ${by}; ${JOB_CLASSIFIER_VERSION}`;
    for (const [variable, value] of [
      [ALL_ADS_VARIABLE, m.ads],
      [AI_ADS_VARIABLE, m.aiAds],
    ] as const) {
      values.push({
        kind: 'value',
        unitSet,
        unitCode: m.ags,
        variable,
        value,
        missingReason: null,
        referenceDate,
        line: i + 1,
        column: variable,
        text: String(value),
        regionKey: m.ags,
        quality: null,
        confidential: false,
        note,
      });
    }
  });

  const tally = new ImportTally();
  const planner = () =>
    new ChangePlanner(tally, {
      file: 'job_ads',
      edition: options.edition,
      replace: Boolean(options.replace),
      unitSet,
      variables: [ALL_ADS_VARIABLE, AI_ADS_VARIABLE],
      targetsRepeat: false,
    });
  const report = (applied: boolean, importId: number | null): IndicatorReport => ({
    edition: options.edition,
    unitSet,
    classifierVersion: JOB_CLASSIFIER_VERSION,
    referenceDate,
    period: { from, to },
    sourceId: source.id,
    municipalities,
    totals: {
      ads: municipalities.reduce((n, m) => n + m.ads, 0),
      aiAds: municipalities.reduce((n, m) => n + m.aiAds, 0),
      unassignedAds,
    },
    withoutAds: municipalities.filter((m) => m.ads === 0).length,
    withoutAiAds: municipalities.filter((m) => m.aiAds === 0).length,
    values: { new: tally.counts.new, changed: tally.counts.changed, unchanged: tally.counts.unchanged },
    applied,
    importId,
  });
  if (options.dryRun) {
    await planner().plan(store, values);
    return report(false, null);
  }
  const importId = await store.transaction(async (tx) => {
    const writer = new ImportWriter(tx, {
      edition: options.edition,
      source,
      log: {
        fileName: source.fileName,
        fileHash: digest,
        mappingName: null,
        mappingHash: null,
        format: 'job-ads',
        replaced: Boolean(options.replace),
      },
      valuesOutpaceDatabase: false,
    });
    const changes = await planner().plan(tx, values);
    if (tally.conflictCount > 0 && !options.replace) throw conflictError(options.edition, tally);
    await writer.write(changes);
    await writer.finish(tally.counts);
    return writer.id;
  });
  return report(importId !== null, importId);
}

/** Ads of the period (re-posts excluded) without a verdict of the current classifier. */
async function staleVerdicts(store: Store, from: string | null, to: string | null): Promise<number> {
  let query = store.db
    .selectFrom('job_ads')
    .select(sql<number | string>`count(*)`.as('n'))
    .where('duplicate_of', 'is', null)
    .where((eb) =>
      eb.or([eb('classifier_version', 'is', null), eb('classifier_version', '!=', JOB_CLASSIFIER_VERSION)]),
    );
  if (from !== null) query = query.where('posted', '>=', from);
  if (to !== null) query = query.where('posted', '<=', to);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Stored values of the edition differ from the counts: nothing was written. */
function conflictError(edition: number, tally: ImportTally): IngestError {
  const first = tally.conflicts[0];
  const n = tally.conflictCount;
  return new IngestError(
    'job_ads',
    null,
    first?.variable ?? null,
    `${n} value${n === 1 ? '' : 's'} of edition ${edition} differ${n === 1 ? 's' : ''} from the counts of the job ads` +
      (first
        ? ` (first: ${first.unitCode} ${first.variable}, stored ${first.before ?? 'none'}, counted ${first.after ?? 'none'})`
        : '') +
      '; nothing was stored, --replace replaces them',
  );
}
