// Reads and writes of job ads and their import log (tables of migration 006).
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { KeyedAd } from '../dedup.js';
import type { AssignedBy, JobAd } from '../types.js';
import type { JobAdTable } from './tables.js';

/** Rows per insert statement: 20 columns each, well inside SQLite's and PostgreSQL's parameter limits. */
const INSERT_ROWS = 200;
/** Keys per `in (…)` lookup. */
const LOOKUP_KEYS = 500;

export interface StoredAd extends JobAd {
  dedupKey: string | null;
  duplicateOf: string | null;
  importId: number | null;
  line: number | null;
  unitSet: string | null;
  ags: string | null;
  assignedBy: AssignedBy | null;
}

export interface ImportCounts {
  read: number;
  new: number;
  knownIds: number;
  nearDuplicates: number;
  unassigned: number;
}

export async function insertJobImport(
  db: Kysely<Database>,
  entry: { fileName: string; fileHash: string; format: string },
): Promise<number> {
  const { id } = await db
    .insertInto('job_imports')
    .values({
      file_name: entry.fileName,
      file_hash: entry.fileHash,
      format: entry.format,
      imported_at: new Date().toISOString(),
      ads_read: 0,
      ads_new: 0,
      known_ids: 0,
      near_duplicates: 0,
      unassigned: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function finishJobImport(db: Kysely<Database>, id: number, counts: ImportCounts): Promise<void> {
  await db
    .updateTable('job_imports')
    .set({
      ads_read: counts.read,
      ads_new: counts.new,
      known_ids: counts.knownIds,
      near_duplicates: counts.nearDuplicates,
      unassigned: counts.unassigned,
    })
    .where('id', '=', id)
    .execute();
}

/** Which of `ids` are stored. */
export async function storedIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += LOOKUP_KEYS) {
    const slice = ids.slice(i, i + LOOKUP_KEYS);
    const rows = await db.selectFrom('job_ads').select('id').where('id', 'in', slice).execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** The stored originals (not duplicates themselves) under each of `keys`, oldest first. */
export async function adsByKey(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, KeyedAd[]>> {
  const found = new Map<string, KeyedAd[]>();
  for (let i = 0; i < keys.length; i += LOOKUP_KEYS) {
    const slice = keys.slice(i, i + LOOKUP_KEYS);
    const rows = await db
      .selectFrom('job_ads')
      .select(['id', 'posted', 'dedup_key'])
      .where('dedup_key', 'in', slice)
      .where('duplicate_of', 'is', null)
      .orderBy('posted')
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = found.get(r.dedup_key!) ?? [];
      list.push({ id: r.id, date: r.posted });
      found.set(r.dedup_key!, list);
    }
  }
  return found;
}

export async function insertAds(db: Kysely<Database>, ads: readonly StoredAd[]): Promise<void> {
  for (let i = 0; i < ads.length; i += INSERT_ROWS) {
    await db
      .insertInto('job_ads')
      .values(ads.slice(i, i + INSERT_ROWS).map(toRow))
      .execute();
  }
}

/** Replaces an ad fetched without details by the details (text, place), clearing its classification. */
export async function updateAdDetails(db: Kysely<Database>, ad: JobAd): Promise<void> {
  await db
    .updateTable('job_ads')
    .set({
      title: ad.title,
      description: ad.description,
      employer: ad.employer,
      details_pending: 0,
      ai_skill: null,
      score: null,
      evidence: null,
      classifier_version: null,
    })
    .where('id', '=', ad.id)
    .execute();
}

/** Ids of ads still waiting for their details, oldest first. */
export async function adsPendingDetails(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('job_ads')
    .select('id')
    .where('details_pending', '=', 1)
    .orderBy('posted')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** How many ads still wait for their details. */
export async function countPendingDetails(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('job_ads')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('details_pending', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markDetailsUnavailable(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('job_ads').set({ details_pending: 0 }).where('id', '=', id).execute();
}

/** Sets the municipality of many ads (re-assignment). */
export async function setAssignments(
  db: Kysely<Database>,
  rows: readonly { id: string; unitSet: string; ags: string | null; by: AssignedBy | null }[],
): Promise<void> {
  for (const r of rows) {
    await db
      .updateTable('job_ads')
      .set({ unit_set: r.unitSet, ags: r.ags, assigned_by: r.by })
      .where('id', '=', r.id)
      .execute();
  }
}

/** Ads ordered by id after `afterId`, optionally only those without a verdict of one classifier version. */
function pageAfter(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number | null,
  filter: { unclassifiedFor?: string },
) {
  let query = db.selectFrom('job_ads');
  if (afterId !== null) query = query.where('id', '>', afterId);
  if (filter.unclassifiedFor !== undefined) {
    const version = filter.unclassifiedFor;
    query = query.where((eb) =>
      eb.or([eb('classifier_version', 'is', null), eb('classifier_version', '!=', version)]),
    );
  }
  return limit === null ? query : query.orderBy('id').limit(limit);
}

/** One page of ads ordered by id, after `afterId` (keyset paging: constant memory whatever the table's size). */
export async function adsAfter(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
  filter: { unclassifiedFor?: string } = {},
): Promise<StoredAdRow[]> {
  return pageAfter(db, afterId, limit, filter).selectAll().execute();
}

/** As `adsAfter`, with only what the classifier reads. */
export async function adTextsAfter(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
  filter: { unclassifiedFor?: string } = {},
): Promise<Pick<StoredAdRow, 'id' | 'title' | 'description' | 'details_pending'>[]> {
  return pageAfter(db, afterId, limit, filter)
    .select(['id', 'title', 'description', 'details_pending'])
    .execute();
}

/** How many ads `adsAfter` would walk through from the start. */
export async function countAdsAfter(
  db: Kysely<Database>,
  filter: { unclassifiedFor?: string } = {},
): Promise<number> {
  const row = await pageAfter(db, null, null, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type StoredAdRow = Selectable<JobAdTable>;

export async function countAds(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('job_ads')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Per unit: ads (duplicates excluded) and AI-skill ads, plus the ads of the period without a unit. */
export async function countsByUnit(
  db: Kysely<Database>,
  filter: { unitSet: string; from: string | null; to: string | null },
): Promise<{
  units: Map<string, { ads: number; ai: number; unclassified: number; by: Record<string, number> }>;
  unassigned: number;
  unclassified: number;
  firstDate: string | null;
  lastDate: string | null;
}> {
  let query = db
    .selectFrom('job_ads')
    .select([
      'ags',
      'unit_set',
      'assigned_by',
      sql<number | string>`count(*)`.as('ads'),
      sql<number | string>`sum(case when ai_skill = 1 then 1 else 0 end)`.as('ai'),
      sql<number | string>`sum(case when ai_skill is null then 1 else 0 end)`.as('unclassified'),
      sql<string>`min(posted)`.as('first'),
      sql<string>`max(posted)`.as('last'),
    ])
    .where('duplicate_of', 'is', null)
    .groupBy(['ags', 'unit_set', 'assigned_by']);
  if (filter.from !== null) query = query.where('posted', '>=', filter.from);
  if (filter.to !== null) query = query.where('posted', '<=', filter.to);
  const rows = await query.execute();
  const units = new Map<
    string,
    { ads: number; ai: number; unclassified: number; by: Record<string, number> }
  >();
  let unassigned = 0;
  let unclassified = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const r of rows) {
    unclassified += Number(r.unclassified);
    if (firstDate === null || r.first < firstDate) firstDate = r.first;
    if (lastDate === null || r.last > lastDate) lastDate = r.last;
    if (r.ags === null || r.unit_set !== filter.unitSet) {
      unassigned += Number(r.ads);
      continue;
    }
    const entry = units.get(r.ags) ?? { ads: 0, ai: 0, unclassified: 0, by: {} };
    entry.ads += Number(r.ads);
    entry.ai += Number(r.ai);
    entry.unclassified += Number(r.unclassified);
    entry.by[r.assigned_by ?? ''] = (entry.by[r.assigned_by ?? ''] ?? 0) + Number(r.ads);
    units.set(r.ags, entry);
  }
  return { units, unassigned, unclassified, firstDate, lastDate };
}

function toRow(ad: StoredAd): Insertable<JobAdTable> {
  return {
    id: ad.id,
    source: ad.source,
    title: ad.title,
    description: ad.description,
    employer: ad.employer,
    postcode: ad.postcode,
    town: ad.town,
    posted: ad.date,
    lat: ad.lat,
    lon: ad.lon,
    dedup_key: ad.dedupKey,
    duplicate_of: ad.duplicateOf,
    import_id: ad.importId,
    line: ad.line,
    unit_set: ad.unitSet,
    ags: ad.ags,
    assigned_by: ad.assignedBy,
    details_pending: ad.detailsPending ? 1 : 0,
    ai_skill: null,
    score: null,
    evidence: null,
    classifier_version: null,
  };
}

/** A page of ads in id order with what their duplicate key is made of (re-keying after re-assignment). */
export async function adKeyPartsAfter(
  db: Kysely<Database>,
  afterId: string | null,
  limit: number,
): Promise<Pick<StoredAdRow, 'id' | 'title' | 'employer' | 'town' | 'postcode' | 'ags' | 'dedup_key'>[]> {
  let query = db
    .selectFrom('job_ads')
    .select(['id', 'title', 'employer', 'town', 'postcode', 'ags', 'dedup_key'])
    .orderBy('id')
    .limit(limit);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.execute();
}

/** The position of a keyed ad in the order key, date, id. */
export interface KeyedPosition {
  key: string;
  posted: string;
  id: string;
}

/** A page of the ads that have a duplicate key, in order of key, date and id, after `after`. */
export async function keyedAdsAfter(
  db: Kysely<Database>,
  after: KeyedPosition | null,
  limit: number,
): Promise<{ id: string; dedup_key: string; posted: string; duplicate_of: string | null }[]> {
  let query = db
    .selectFrom('job_ads')
    .select(['id', 'dedup_key', 'posted', 'duplicate_of'])
    .where('dedup_key', 'is not', null)
    .orderBy('dedup_key')
    .orderBy('posted')
    .orderBy('id')
    .limit(limit);
  if (after !== null) {
    query = query.where(sql<boolean>`(dedup_key, posted, id) > (${after.key}, ${after.posted}, ${after.id})`);
  }
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, dedup_key: r.dedup_key! }));
}

export async function setDedupKeys(
  db: Kysely<Database>,
  rows: readonly { id: string; key: string | null }[],
): Promise<void> {
  for (const r of rows) {
    await db.updateTable('job_ads').set({ dedup_key: r.key }).where('id', '=', r.id).execute();
  }
}

export async function setDuplicateLinks(
  db: Kysely<Database>,
  rows: readonly { id: string; duplicateOf: string | null }[],
): Promise<void> {
  for (const r of rows) {
    await db.updateTable('job_ads').set({ duplicate_of: r.duplicateOf }).where('id', '=', r.id).execute();
  }
}

/** Clears the link of every ad without a key (nobody's re-post); returns how many changed. */
export async function unlinkUnkeyedAds(db: Kysely<Database>): Promise<number> {
  const result = await db
    .updateTable('job_ads')
    .set({ duplicate_of: null })
    .where('dedup_key', 'is', null)
    .where('duplicate_of', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
