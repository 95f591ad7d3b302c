// The crawl_firms table: firms upserted from the list, crawl status set by the crawler, classification stored after it.
import { sql, type Selectable } from 'kysely';
import type { Evidence, FirmClassification } from '../classify/types.js';
import { toFlag } from '../../store/columns.js';
import { StoreError } from '../../store/errors.js';
import type { CrawlFirmTable } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import { FIRM_STATUSES, type FirmInput, type FirmStatus } from './types.js';

/** Longest evidence snippet stored (imprints name people: evidence stays short). */
export const MAX_SNIPPET_CHARS = 160;
const INSERT_ROWS = 200;

export interface FirmToCrawl {
  firmId: string;
  name: string;
  url: string;
  ags: string;
  status: FirmStatus;
}

/** A firm as stored, with its crawl and classification (for export and indicators). */
export interface StoredFirm {
  firmId: string;
  name: string;
  url: string | null;
  duplicateOf: string | null;
  ags: string;
  founded: number | null;
  wz: string | null;
  status: FirmStatus;
  pages: number;
  finalUrl: string | null;
  crawledAt: string | null;
  digitalScore: number | null;
  aiScore: number | null;
  digitalAffine: boolean | null;
  aiAffine: boolean | null;
  foundedFromSite: number | null;
  evidence: Evidence[];
  classifierVersion: string | null;
  classifiedAt: string | null;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  recrawl: number;
}

type ListFields = Pick<
  CrawlFirmTable,
  'name' | 'url' | 'url_given' | 'site_key' | 'duplicate_of' | 'ags' | 'postcode' | 'town' | 'founded' | 'wz'
>;

/**
 * Inserts new firms and updates listed ones by firm_id (call inside a transaction). A firm whose URL
 * changed starts its crawl again (status, pages and classification reset); otherwise the crawl state is
 * kept, so importing the same list twice changes nothing. Firms stored but missing from the list stay.
 */
export async function upsertFirms(
  store: Store,
  firms: readonly FirmInput[],
  duplicateOf: ReadonlyMap<string, string>,
  listFile: string,
  onFirms?: (done: number) => void,
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0, recrawl: 0 };
  const stored = new Map<string, ListFields>();
  const rows = await store.db
    .selectFrom('crawl_firms')
    .select([
      'firm_id',
      'name',
      'url',
      'url_given',
      'site_key',
      'duplicate_of',
      'ags',
      'postcode',
      'town',
      'founded',
      'wz',
    ])
    .execute();
  for (const { firm_id, ...fields } of rows) stored.set(firm_id, fields);
  const now = new Date().toISOString();
  const fresh: CrawlFirmTable[] = [];
  for (const [index, firm] of firms.entries()) {
    if (index % 1000 === 0) onFirms?.(index - fresh.length); // new firms count once inserted
    const fields = listFields(firm, duplicateOf.get(firm.firmId) ?? null);
    const before = stored.get(firm.firmId);
    if (!before) {
      fresh.push({
        ...fields,
        ...blankCrawl(fields.url),
        firm_id: firm.firmId,
        list_file: listFile,
        list_line: firm.line,
        imported_at: now,
      });
      continue;
    }
    if (sameFields(before, fields)) {
      counts.unchanged++;
      continue;
    }
    counts.updated++;
    const recrawl = before.url !== fields.url;
    if (recrawl) counts.recrawl++;
    await store.db
      .updateTable('crawl_firms')
      .set({
        ...fields,
        list_file: listFile,
        list_line: firm.line,
        imported_at: now,
        ...(recrawl ? blankCrawl(fields.url) : {}),
      })
      .where('firm_id', '=', firm.firmId)
      .execute();
  }
  for (let i = 0; i < fresh.length; i += INSERT_ROWS) {
    await store.db
      .insertInto('crawl_firms')
      .values(fresh.slice(i, i + INSERT_ROWS))
      .execute();
    onFirms?.(firms.length - fresh.length + Math.min(i + INSERT_ROWS, fresh.length));
  }
  counts.inserted = fresh.length;
  await copyToDuplicates(store);
  onFirms?.(firms.length);
  return counts;
}

/** Columns a firm sharing another's website takes over from it. */
const SHARED_RESULT = [
  'status',
  'pages',
  'final_url',
  'crawled_at',
  'digital_score',
  'ai_score',
  'digital_affine',
  'ai_affine',
  'founded_from_site',
  'evidence_json',
  'classifier_version',
  'classified_at',
] as const;

/**
 * Gives every firm that shares a website with an earlier firm of its list (`duplicate_of`) that firm's crawl
 * state and classification: a site is crawled once, however many firms (branches) list it.
 */
async function copyToDuplicates(store: Store): Promise<void> {
  const columns = SHARED_RESULT.map(
    (c) =>
      sql`${sql.ref(c)} = (select p.${sql.ref(c)} from crawl_firms p where p.firm_id = crawl_firms.duplicate_of)`,
  );
  await sql`update crawl_firms set ${sql.join(columns)}
    where duplicate_of is not null
      and exists (select 1 from crawl_firms p where p.firm_id = crawl_firms.duplicate_of)`.execute(store.db);
}

function listFields(firm: FirmInput, duplicateOf: string | null): ListFields {
  return {
    name: firm.name,
    url: firm.url,
    url_given: firm.urlGiven,
    site_key: firm.siteKey,
    duplicate_of: duplicateOf,
    ags: firm.ags,
    postcode: firm.postcode,
    town: firm.town,
    founded: firm.founded,
    wz: firm.wz,
  };
}

function sameFields(a: ListFields, b: ListFields): boolean {
  return (Object.keys(b) as (keyof ListFields)[]).every((k) => (a[k] ?? null) === (b[k] ?? null));
}

type CrawlState = Omit<
  CrawlFirmTable,
  keyof ListFields | 'firm_id' | 'list_file' | 'list_line' | 'imported_at'
>;

function blankCrawl(url: string | null): CrawlState {
  return {
    status: url === null ? 'no_website' : 'pending',
    pages: 0,
    final_url: null,
    crawled_at: null,
    digital_score: null,
    ai_score: null,
    digital_affine: null,
    ai_affine: null,
    founded_from_site: null,
    evidence_json: null,
    classifier_version: null,
    classified_at: null,
  };
}

/**
 * Firms with a website whose crawl is not finished (`pending` or `crawling`), by firm_id, at most `limit`.
 * A firm sharing its website with an earlier firm of the list is left out: it takes that firm's results.
 */
export async function listFirmsToCrawl(store: Store, limit: number): Promise<FirmToCrawl[]> {
  const rows = await store.db
    .selectFrom('crawl_firms')
    .select(['firm_id', 'name', 'url', 'ags', 'status'])
    .where('status', 'in', ['pending', 'crawling'])
    .where('url', 'is not', null)
    .where('duplicate_of', 'is', null)
    .orderBy('firm_id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    firmId: r.firm_id,
    name: r.name,
    url: r.url!,
    ags: r.ags,
    status: toStatus(r.status),
  }));
}

/** Records the outcome of a firm's crawl (status, HTML pages fetched and parsed, final site URL), for the firms sharing its site too. */
export async function markFirmCrawled(
  store: Store,
  firmId: string,
  outcome: { status: FirmStatus; pages: number; finalUrl: string | null },
): Promise<void> {
  toStatus(outcome.status);
  if (!Number.isInteger(outcome.pages) || outcome.pages < 0) {
    throw new StoreError(`firm ${firmId}: pages must be a count, not ${outcome.pages}`);
  }
  const done = outcome.status !== 'pending' && outcome.status !== 'crawling';
  const result = await store.db
    .updateTable('crawl_firms')
    .set({
      status: outcome.status,
      pages: outcome.pages,
      final_url: outcome.finalUrl,
      crawled_at: done ? new Date().toISOString() : null,
    })
    .where((eb) => eb.or([eb('firm_id', '=', firmId), eb('duplicate_of', '=', firmId)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new StoreError(`no firm "${firmId}" in the firm list`);
}

/** Stores a firm's classification with its evidence (snippets cut to 160 characters), for the firms sharing its site too. */
export async function saveFirmClassification(
  store: Store,
  firmId: string,
  classification: FirmClassification,
): Promise<void> {
  const evidence = classification.evidence.map((e) => ({ ...e, snippet: shorten(e.snippet) }));
  const result = await store.db
    .updateTable('crawl_firms')
    .set({
      digital_score: finite(classification.digitalScore),
      ai_score: finite(classification.aiScore),
      digital_affine: toFlag(classification.digitalAffine),
      ai_affine: toFlag(classification.aiAffine),
      founded_from_site: classification.foundedFromSite,
      evidence_json: JSON.stringify(evidence),
      classifier_version: classification.classifierVersion,
      classified_at: new Date().toISOString(),
    })
    .where((eb) => eb.or([eb('firm_id', '=', firmId), eb('duplicate_of', '=', firmId)]))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new StoreError(`no firm "${firmId}" in the firm list`);
}

/** Every stored firm, by firm_id. */
export async function listStoredFirms(store: Store): Promise<StoredFirm[]> {
  const rows = await store.db.selectFrom('crawl_firms').selectAll().orderBy('firm_id').execute();
  return rows.map(fromRow);
}

function fromRow(r: Selectable<CrawlFirmTable>): StoredFirm {
  return {
    firmId: r.firm_id,
    name: r.name,
    url: r.url,
    duplicateOf: r.duplicate_of,
    ags: r.ags,
    founded: r.founded,
    wz: r.wz,
    status: toStatus(r.status),
    pages: r.pages,
    finalUrl: r.final_url,
    crawledAt: r.crawled_at,
    digitalScore: r.digital_score,
    aiScore: r.ai_score,
    digitalAffine: r.digital_affine === null ? null : r.digital_affine !== 0,
    aiAffine: r.ai_affine === null ? null : r.ai_affine !== 0,
    foundedFromSite: r.founded_from_site,
    evidence: r.evidence_json === null ? [] : (JSON.parse(r.evidence_json) as Evidence[]),
    classifierVersion: r.classifier_version,
    classifiedAt: r.classified_at,
  };
}

function toStatus(value: string): FirmStatus {
  if ((FIRM_STATUSES as readonly string[]).includes(value)) return value as FirmStatus;
  throw new StoreError(`unknown firm status "${value}" (known: ${FIRM_STATUSES.join(', ')})`);
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function shorten(snippet: string): string {
  const chars = Array.from(snippet);
  return chars.length <= MAX_SNIPPET_CHARS ? snippet : chars.slice(0, MAX_SNIPPET_CHARS - 1).join('') + '…';
}
