// Editions: one year of an index with the full spec it was built from, and the spec's nodes (indicators).
import type { Kysely, Selectable } from 'kysely';
import type { Direction } from '../engine/structure.js';
import { batches } from './batch.js';
import { fromFlag, oneOf, toFlag } from './columns.js';
import type { Database, EditionTable, IndicatorTable } from './schema.js';
import { inTransaction } from './transaction.js';

export interface EditionInput {
  year: number;
  indexId: string;
  indexVersion: string;
  title: string;
  /** The full spec as JSON, so an edition can be recomputed without the YAML files. */
  specJson: string;
  specHash: string;
  synthetic: boolean;
}

export interface Edition extends EditionInput {
  /** ISO timestamp of the first save; later upserts keep it. */
  createdAt: string;
}

export type IndicatorKind = 'indicator' | 'denominator' | 'aggregate';

/** One node of an edition's spec; fields that do not apply to its kind are null. */
export interface IndicatorRow {
  code: string;
  kind: IndicatorKind;
  nameDe: string;
  nameEn: string;
  unitDe: string | null;
  unitEn: string | null;
  direction: Direction | null;
  denominator: string | null;
  scale: number | null;
  parent: string | null;
  weight: number | null;
  /** Order of the node in the spec; `listIndicators` sorts by it. */
  position: number;
}

const KINDS: Record<IndicatorKind, true> = { indicator: true, denominator: true, aggregate: true };
const DIRECTIONS: Record<Direction, true> = { 1: true, [-1]: true };

/** Inserts or updates the edition of `edition.year`; when `indicators` are given, they replace its nodes. */
export async function upsertEdition(
  db: Kysely<Database>,
  edition: EditionInput,
  indicators?: readonly IndicatorRow[],
): Promise<void> {
  const update = {
    index_id: edition.indexId,
    index_version: edition.indexVersion,
    title: edition.title,
    spec_json: edition.specJson,
    spec_hash: edition.specHash,
    synthetic: toFlag(edition.synthetic),
  };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('editions')
      .values({ year: edition.year, ...update, created_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('year').doUpdateSet(update))
      .execute();
    if (indicators) await replaceIndicators(trx, edition.year, indicators);
  });
}

/** Every edition, oldest year first. */
export async function listEditions(db: Kysely<Database>): Promise<Edition[]> {
  const rows = await db.selectFrom('editions').selectAll().orderBy('year').execute();
  return rows.map(fromEditionRow);
}

export async function getEdition(db: Kysely<Database>, year: number): Promise<Edition | undefined> {
  const row = await db.selectFrom('editions').selectAll().where('year', '=', year).executeTakeFirst();
  return row && fromEditionRow(row);
}

/** The edition with the highest year, if there is any. */
export async function latestEdition(db: Kysely<Database>): Promise<Edition | undefined> {
  const row = await db.selectFrom('editions').selectAll().orderBy('year', 'desc').limit(1).executeTakeFirst();
  return row && fromEditionRow(row);
}

/** Replaces every node of the edition (which must exist) with `rows`. */
export async function replaceIndicators(
  db: Kysely<Database>,
  year: number,
  rows: readonly IndicatorRow[],
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('indicators').where('edition', '=', year).execute();
    for (const batch of batches(rows)) {
      await trx
        .insertInto('indicators')
        .values(batch.map((r) => toIndicatorRow(year, r)))
        .execute();
    }
  });
}

/** The edition's nodes ordered by position (then code). */
export async function listIndicators(db: Kysely<Database>, year: number): Promise<IndicatorRow[]> {
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('edition', '=', year)
    .orderBy('position')
    .orderBy('code')
    .execute();
  return rows.map(fromIndicatorRow);
}

function fromEditionRow(r: Selectable<EditionTable>): Edition {
  return {
    year: r.year,
    indexId: r.index_id,
    indexVersion: r.index_version,
    title: r.title,
    specJson: r.spec_json,
    specHash: r.spec_hash,
    synthetic: fromFlag(r.synthetic),
    createdAt: r.created_at,
  };
}

function toIndicatorRow(year: number, r: IndicatorRow): IndicatorTable {
  return {
    edition: year,
    code: r.code,
    kind: r.kind,
    name_de: r.nameDe,
    name_en: r.nameEn,
    unit_de: r.unitDe,
    unit_en: r.unitEn,
    direction: r.direction,
    denominator: r.denominator,
    scale: r.scale,
    parent: r.parent,
    weight: r.weight,
    position: r.position,
  };
}

function fromIndicatorRow(r: Selectable<IndicatorTable>): IndicatorRow {
  return {
    code: r.code,
    kind: oneOf(KINDS, r.kind, 'indicators.kind'),
    nameDe: r.name_de,
    nameEn: r.name_en,
    unitDe: r.unit_de,
    unitEn: r.unit_en,
    direction: r.direction === null ? null : oneOf(DIRECTIONS, r.direction, 'indicators.direction'),
    denominator: r.denominator,
    scale: r.scale,
    parent: r.parent,
    weight: r.weight,
    position: r.position,
  };
}
