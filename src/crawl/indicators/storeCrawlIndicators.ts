// Stores the crawl's indicator values of an edition like any import: one source, the import log, value provenance, one transaction.
//
// Decisions:
// - The counts of firms (digital-affine, AI-affine, digital start-ups, classified) are stored per municipality
//   as the spec's numerators and denominator; the engine divides and scales them (shares in %, per 10,000 firms).
// - A municipality with listed firms but none classified gets `firms_classified` = 0 and the three
//   numerators as missing (`unknown`); a municipality without listed firms gets no value at all.
// - One source per edition (`crawl-<year>`, publisher "digitalindex crawl"): re-running replaces the crawl's
//   own values. Values of these variables from another source (e.g. the demo data) are a conflict unless
//   `replace`, which removes them for every unit of the unit set.
// - The reference date of the values is the crawl date (the day the last firm's crawl finished).
import { createHash } from 'node:crypto';
import { IngestError } from '../../ingest/errors.js';
import type { ObservedValue } from '../../model/index.js';
import { getEdition, listEditions, listIndicators } from '../../store/editions.js';
import { StoreError } from '../../store/errors.js';
import { insertValueRows } from '../../store/insertValues.js';
import { recordImport } from '../../store/provenance.js';
import { upsertSource } from '../../store/sources.js';
import type { Store } from '../../store/store.js';
import { listUnits } from '../../store/units.js';
import { storedValues, valueKeyText } from '../../store/valueChanges.js';
import { importedValueFields, type ValueOrigin } from '../../store/values.js';
import { isClassified, listStoredFirms } from '../firms/index.js';
import { STARTUP_MAX_AGE_YEARS } from '../firms/startup.js';
import { aggregateCrawl, type CrawlCounts } from './aggregate.js';
import { replaceCoverage } from './coverageStore.js';
import { CRAWL_PUBLISHER, CRAWL_VARIABLE_CODES, CRAWL_VARIABLES, crawlSourceId } from './variables.js';

export interface CrawlIndicatorsRequest {
  edition: number;
  unitSet?: string;
  /** Replace values of the crawl's variables that come from other sources. */
  replace?: boolean;
  dryRun?: boolean;
  startupMaxAge?: number;
}

export interface CrawlIndicatorsReport {
  edition: number;
  unitSet: string;
  referenceYear: number;
  startupMaxAge: number;
  sourceId: string;
  crawlDate: string;
  classifierVersions: string[];
  totals: CrawlCounts & { outside: number };
  units: (CrawlCounts & {
    unitCode: string;
    name: string;
    digitalShare: number | null;
    aiShare: number | null;
  })[];
  values: { new: number; changed: number; unchanged: number; removed: number };
  /** Values of other sources replaced (with `replace`). */
  replacedOtherSources: number;
  dryRun: boolean;
  importId: number | null;
}

/** Values of the crawl's variables from another source are stored: nothing was written. */
export class CrawlIndicatorConflictError extends IngestError {
  constructor(
    edition: number,
    count: number,
    first: { unitCode: string; variable: string; sourceId: string },
  ) {
    super(
      'crawl indicators',
      null,
      first.variable,
      `${count} value${count === 1 ? '' : 's'} of edition ${edition} come${count === 1 ? 's' : ''} from another source ` +
        `(first: ${first.unitCode} ${first.variable} from source ${first.sourceId}); nothing was stored, --replace replaces them`,
    );
    this.name = 'CrawlIndicatorConflictError';
  }
}

export async function storeCrawlIndicators(
  store: Store,
  request: CrawlIndicatorsRequest,
): Promise<CrawlIndicatorsReport> {
  const { edition } = request;
  const unitSet = request.unitSet ?? 'municipalities';
  const maxAge = request.startupMaxAge ?? STARTUP_MAX_AGE_YEARS;
  await checkEdition(store, edition);
  const units = await listUnits(store.db, unitSet);
  if (units.length === 0) throw new StoreError(`unit set "${unitSet}" has no units in the database`);
  const firms = await listStoredFirms(store);
  if (firms.length === 0)
    throw new StoreError('no firms in the database (run `digitalindex crawl FIRMS.csv` first)');
  const aggregate = aggregateCrawl(
    firms.map((f) => ({ ...f, hasWebsite: f.url !== null, classified: isClassified(f) })),
    units.map((u) => u.code),
    edition,
    maxAge,
  );
  const sourceId = crawlSourceId(edition);
  const crawlDate = latestDate(firms.map((f) => f.crawledAt));
  const versions = [...new Set(firms.filter(isClassified).map((f) => f.classifierVersion!))].sort();
  const values = [...aggregate.units].flatMap(([code, c]) =>
    valuesOf(edition, unitSet, code, c, sourceId, crawlDate),
  );

  const stored = await storedValues(store.db, edition, unitSet, CRAWL_VARIABLE_CODES);
  const others = [...stored.values()].filter((s) => s.sourceId !== sourceId);
  if (others.length > 0 && !request.replace) {
    throw new CrawlIndicatorConflictError(edition, others.length, others[0]!);
  }
  const counts = { new: 0, changed: 0, unchanged: 0, removed: 0 };
  const fresh = new Set<string>();
  for (const v of values) {
    const key = valueKeyText(v);
    fresh.add(key);
    const before = stored.get(key);
    if (!before || before.sourceId !== sourceId) counts.new++;
    else if (before.value === v.value && before.missingReason === v.missingReason) counts.unchanged++;
    else counts.changed++;
  }
  for (const [key, s] of stored) if (s.sourceId === sourceId && !fresh.has(key)) counts.removed++;

  const totals = { ...sum(aggregate.units.values()), outside: aggregate.outside };
  const names = new Map(units.map((u) => [u.code, u.name]));
  const report: CrawlIndicatorsReport = {
    edition,
    unitSet,
    referenceYear: edition,
    startupMaxAge: maxAge,
    sourceId,
    crawlDate,
    classifierVersions: versions,
    totals,
    units: [...aggregate.units].map(([unitCode, c]) => ({
      unitCode,
      name: names.get(unitCode) ?? unitCode,
      ...c,
      digitalShare: c.classified > 0 ? (100 * c.digitalAffine) / c.classified : null,
      aiShare: c.classified > 0 ? (100 * c.aiAffine) / c.classified : null,
    })),
    values: counts,
    replacedOtherSources: others.length,
    dryRun: Boolean(request.dryRun),
    importId: null,
  };
  if (request.dryRun) return report;

  const fileHash = createHash('sha256')
    .update(JSON.stringify({ edition, unitSet, maxAge, units: [...aggregate.units], versions }))
    .digest('hex');
  const importId = await store.transaction(async (tx) => {
    await upsertSource(tx.db, {
      id: sourceId,
      publisher: CRAWL_PUBLISHER,
      table: 'crawl_firms',
      title:
        `Webcrawling der Unternehmenswebsites: ${totals.listed} Unternehmen gelistet, ${totals.withWebsite} mit Website, ` +
        `${totals.classified} klassifiziert; Klassifikator ${versions.join(', ') || '–'}; Start-ups: gegründet ≤ ${maxAge} Jahre vor ${edition}`,
      licence: null,
      url: null,
      retrieved: crawlDate,
      fileName: 'crawl_firms',
      fileHash,
      synthetic: false,
    });
    await tx.db
      .deleteFrom('observed_values')
      .where('edition', '=', edition)
      .where('unit_set', '=', unitSet)
      .where('variable', 'in', [...CRAWL_VARIABLE_CODES])
      .execute();
    const id = await recordImport(tx.db, {
      edition,
      sourceId,
      fileName: 'crawl_firms',
      fileHash,
      mappingName: null,
      mappingHash: null,
      format: 'crawl',
      counts: { new: counts.new, changed: counts.changed, unchanged: counts.unchanged, skipped: 0 },
      replaced: Boolean(request.replace) && others.length > 0,
    });
    await insertValueRows(tx, [
      values.map((v) => importedValueFields(v, originOf(v, id, aggregate.units.get(v.unitCode)!, versions))),
    ]);
    await replaceCoverage(tx, { edition, unitSet, sourceId }, aggregate.units);
    return id;
  });
  return { ...report, importId };
}

async function checkEdition(store: Store, edition: number): Promise<void> {
  if (!(await getEdition(store.db, edition))) {
    const known = (await listEditions(store.db)).map((e) => e.year);
    throw new StoreError(
      `edition ${edition} is not in the database (known: ${known.join(', ') || 'none; run `digitalindex run` first'})`,
    );
  }
  const codes = new Set((await listIndicators(store.db, edition)).map((i) => i.code));
  const missing = CRAWL_VARIABLE_CODES.filter((c) => !codes.has(c));
  if (missing.length > 0) {
    throw new StoreError(
      `the spec of edition ${edition} has no ${missing.join(', ')}: the crawl stores ${CRAWL_VARIABLE_CODES.join(', ')}`,
    );
  }
}

function valuesOf(
  edition: number,
  unitSet: string,
  unitCode: string,
  c: CrawlCounts,
  sourceId: string,
  referenceDate: string,
): ObservedValue[] {
  const known = c.classified > 0;
  const value = (variable: string, count: number): ObservedValue => ({
    edition,
    unitSet,
    unitCode,
    variable,
    value: known || variable === CRAWL_VARIABLES.classified ? count : null,
    missingReason: known || variable === CRAWL_VARIABLES.classified ? null : 'unknown',
    referenceDate,
    sourceId,
    row: null,
    synthetic: false,
    confidential: false,
  });
  return [
    value(CRAWL_VARIABLES.aiAffine, c.aiAffine),
    value(CRAWL_VARIABLES.digitalAffine, c.digitalAffine),
    value(CRAWL_VARIABLES.digitalStartups, c.digitalStartups),
    value(CRAWL_VARIABLES.classified, c.classified),
  ];
}

function originOf(v: ObservedValue, importId: number, c: CrawlCounts, versions: string[]): ValueOrigin {
  return {
    importId,
    column: v.variable,
    regionKey: v.unitCode,
    quality: null,
    note:
      `crawl: ${c.listed} firms listed, ${c.withWebsite} with a website, ${c.crawled} crawled, ${c.classified} classified` +
      ` (classifier ${versions.join(', ') || '–'})`,
  };
}

function sum(all: Iterable<CrawlCounts>): CrawlCounts {
  const total: CrawlCounts = {
    listed: 0,
    withWebsite: 0,
    crawled: 0,
    classified: 0,
    digitalAffine: 0,
    aiAffine: 0,
    digitalStartups: 0,
  };
  for (const c of all) for (const k of Object.keys(total) as (keyof CrawlCounts)[]) total[k] += c[k];
  return total;
}

/** The latest date (YYYY-MM-DD) among ISO timestamps; today when none. */
function latestDate(timestamps: readonly (string | null)[]): string {
  let latest: string | null = null;
  for (const t of timestamps) if (t !== null && (latest === null || t > latest)) latest = t;
  return (latest ?? new Date().toISOString()).slice(0, 10);
}
