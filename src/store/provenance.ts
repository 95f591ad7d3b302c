// Provenance beyond the source row: the log of applied imports and each imported value's place in its file.
import { CompiledQuery, sql, type Generated, type Kysely, type Selectable } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { fromFlag, toFlag } from './columns.js';
import { StoreError } from './errors.js';
import { copyIntoTable } from './postgres/bulkInsert.js';
import type { Database } from './schema.js';
import { bulkInsertSql, SqliteBulkBatch } from './sqlite/bulk.js';
import type { Store } from './store.js';
import { deleteByKeys } from './valueChanges.js';

/** The tables of migration 003, seen by Kysely next to the others (`provenanceDb`). */
export type ProvenanceTables = {
  imports: ImportTable;
  value_provenance: ValueProvenanceTable;
};

export interface ImportTable {
  id: Generated<number>;
  edition: number;
  source_id: string;
  file_name: string;
  file_hash: string;
  mapping_name: string | null;
  mapping_hash: string | null;
  format: string;
  imported_at: string;
  new_values: number;
  changed_values: number;
  unchanged_values: number;
  skipped_rows: number;
  replaced: number;
}

export interface ValueProvenanceTable {
  edition: number;
  unit_set: string;
  unit_code: string;
  variable: string;
  source_id: string;
  import_id: number;
  column_name: string | null;
  region_key: string | null;
  quality: string | null;
  note: string | null;
}

export interface ImportInput {
  edition: number;
  sourceId: string;
  fileName: string;
  fileHash: string;
  mappingName: string | null;
  mappingHash: string | null;
  format: string;
  counts: { new: number; changed: number; unchanged: number; skipped: number };
  replaced: boolean;
}

export interface ImportRecord extends ImportInput {
  id: number;
  /** ISO timestamp. */
  importedAt: string;
}

/** Where one stored value sits in its file, beyond the row number kept with the value itself. */
export interface ValueProvenance {
  edition: number;
  unitSet: UnitSetCode;
  unitCode: string;
  variable: string;
  sourceId: string;
  importId: number;
  /** Column name (text files) or letter (spreadsheets). */
  column: string | null;
  /** The region key as the file wrote it, before normalisation. */
  regionKey: string | null;
  /** The source's quality flag (e.g. GENESIS `p` provisional). */
  quality: string | null;
  /** How the value was derived: district allocation, crosswalk, unit conversion. */
  note: string | null;
}

export function provenanceDb(db: Kysely<Database>): Kysely<Database & ProvenanceTables> {
  return db.withTables<ProvenanceTables>();
}

/** Logs an applied import; returns its id. */
export async function recordImport(db: Kysely<Database>, input: ImportInput): Promise<number> {
  const { id } = await provenanceDb(db)
    .insertInto('imports')
    .values({
      edition: input.edition,
      source_id: input.sourceId,
      file_name: input.fileName,
      file_hash: input.fileHash,
      mapping_name: input.mappingName,
      mapping_hash: input.mappingHash,
      format: input.format,
      imported_at: new Date().toISOString(),
      new_values: input.counts.new,
      changed_values: input.counts.changed,
      unchanged_values: input.counts.unchanged,
      skipped_rows: input.counts.skipped,
      replaced: toFlag(input.replaced),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Sets the counts of a logged import once it has seen every value. */
export async function updateImportCounts(
  db: Kysely<Database>,
  id: number,
  counts: ImportInput['counts'],
): Promise<void> {
  await provenanceDb(db)
    .updateTable('imports')
    .set({
      new_values: counts.new,
      changed_values: counts.changed,
      unchanged_values: counts.unchanged,
      skipped_rows: counts.skipped,
    })
    .where('id', '=', id)
    .execute();
}

/** Whether any import was logged for `edition` (its values are then no longer only the bundle's). */
export async function hasImports(db: Kysely<Database>, edition: number): Promise<boolean> {
  const row = await provenanceDb(db)
    .selectFrom('imports')
    .select('id')
    .where('edition', '=', edition)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Every logged import, oldest first. */
export async function listImports(db: Kysely<Database>): Promise<ImportRecord[]> {
  const rows = await provenanceDb(db).selectFrom('imports').selectAll().orderBy('id').execute();
  return rows.map(fromImportRow);
}

export const PROVENANCE_COLUMNS = [
  'edition',
  'unit_set',
  'unit_code',
  'variable',
  'source_id',
  'import_id',
  'column_name',
  'region_key',
  'quality',
  'note',
] as const satisfies readonly (keyof ValueProvenanceTable)[];

const SQLITE_PROVENANCE_INSERT = bulkInsertSql('value_provenance', PROVENANCE_COLUMNS);
const BULK_ROWS = 2000;

/**
 * Inserts the provenance of many values by the fastest path of the dialect (PostgreSQL COPY, SQLite one
 * prepared statement per row); the keys must be free (see `deleteStaleProvenance`). Joins the caller's
 * transaction when given the transaction's store.
 */
export async function insertValueProvenance(
  store: Store,
  rows: Iterable<ValueProvenance>,
  /** Columns that hold the same value in every row (SQLite binds them once per statement). */
  shared: readonly (typeof PROVENANCE_COLUMNS)[number][] = [],
): Promise<void> {
  const fields = provenanceFields;
  if (store.dialect === 'postgres') {
    if (!store.db.isTransaction)
      throw new StoreError('insertValueProvenance needs a transaction on PostgreSQL');
    await copyIntoTable(
      store.db,
      'value_provenance',
      PROVENANCE_COLUMNS,
      (async function* () {
        for (const batch of chunked(rows, BULK_ROWS)) yield batch.map(fields);
      })(),
    );
    return;
  }
  const insert =
    shared.length === 0
      ? SQLITE_PROVENANCE_INSERT
      : bulkInsertSql('value_provenance', PROVENANCE_COLUMNS, shared);
  const positions = shared.map((column) => PROVENANCE_COLUMNS.indexOf(column));
  for (const batch of chunked(rows, BULK_ROWS)) {
    const request = new SqliteBulkBatch(
      batch.map(fields),
      (i) => {
        const p = batch[i]!;
        return `provenance of ${p.edition}/${p.unitSet}/${p.unitCode}/${p.variable}`;
      },
      positions,
    );
    await store.db.executeQuery(CompiledQuery.raw(insert, [request]));
  }
}

function* chunked<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Deletes the provenance rows of `edition` that no longer describe a stored value (the value was replaced,
 * or `run` replaced the edition's values): afterwards every key without a value from its source is free.
 */
export async function deleteStaleProvenance(db: Kysely<Database>, edition: number): Promise<void> {
  await sql`delete from value_provenance where edition = ${edition} and not exists (
      select 1 from observed_values o where o.edition = value_provenance.edition
        and o.unit_set = value_provenance.unit_set and o.unit_code = value_provenance.unit_code
        and o.variable = value_provenance.variable and o.source_id = value_provenance.source_id)`.execute(db);
}

/** Deletes the provenance rows of `edition` with these keys (their values are being replaced). */
export async function deleteValueProvenance(
  db: Kysely<Database>,
  edition: number,
  keys: readonly { unitSet: UnitSetCode; unitCode: string; variable: string }[],
): Promise<void> {
  await deleteByKeys(db, 'value_provenance', edition, keys);
}

/**
 * The provenance of one value, if an import recorded it and the value still comes from that source
 * (`run` replaces an edition's values without touching this table, so a stale row is ignored).
 */
export async function getValueProvenance(
  db: Kysely<Database>,
  key: { edition: number; unitSet: UnitSetCode; unitCode: string; variable: string; sourceId: string },
): Promise<ValueProvenance | undefined> {
  const row = await provenanceDb(db)
    .selectFrom('value_provenance')
    .selectAll()
    .where('edition', '=', key.edition)
    .where('unit_set', '=', key.unitSet)
    .where('unit_code', '=', key.unitCode)
    .where('variable', '=', key.variable)
    .where('source_id', '=', key.sourceId)
    .executeTakeFirst();
  return row && fromProvenanceRow(row);
}

/** `toProvenanceRow` as the fields in `PROVENANCE_COLUMNS` order, built directly (a bulk load makes millions). */
export function provenanceFields(p: ValueProvenance): (string | number | null)[] {
  return [
    p.edition,
    p.unitSet,
    p.unitCode,
    p.variable,
    p.sourceId,
    p.importId,
    p.column,
    p.regionKey,
    p.quality,
    p.note,
  ];
}

export function toProvenanceRow(p: ValueProvenance): ValueProvenanceTable {
  return {
    edition: p.edition,
    unit_set: p.unitSet,
    unit_code: p.unitCode,
    variable: p.variable,
    source_id: p.sourceId,
    import_id: p.importId,
    column_name: p.column,
    region_key: p.regionKey,
    quality: p.quality,
    note: p.note,
  };
}

function fromProvenanceRow(r: Selectable<ValueProvenanceTable>): ValueProvenance {
  return {
    edition: r.edition,
    unitSet: r.unit_set,
    unitCode: r.unit_code,
    variable: r.variable,
    sourceId: r.source_id,
    importId: r.import_id,
    column: r.column_name,
    regionKey: r.region_key,
    quality: r.quality,
    note: r.note,
  };
}

function fromImportRow(r: Selectable<ImportTable>): ImportRecord {
  return {
    id: r.id,
    edition: r.edition,
    sourceId: r.source_id,
    fileName: r.file_name,
    fileHash: r.file_hash,
    mappingName: r.mapping_name,
    mappingHash: r.mapping_hash,
    format: r.format,
    importedAt: r.imported_at,
    counts: {
      new: r.new_values,
      changed: r.changed_values,
      unchanged: r.unchanged_values,
      skipped: r.skipped_rows,
    },
    replaced: fromFlag(r.replaced),
  };
}
