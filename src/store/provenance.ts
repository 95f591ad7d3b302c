// Provenance beyond the source row: the log of applied imports and each imported value's place in its file
// (stored with the value itself, see `ValueOrigin` in values.ts).
import type { Generated, Kysely, Selectable } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { fromFlag, toFlag } from './columns.js';
import type { Database } from './schema.js';
import type { ValueOrigin } from './values.js';

/** The import log of migration 003, seen by Kysely next to the others (`provenanceDb`). */
export type ProvenanceTables = {
  imports: ImportTable;
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

/**
 * Where one stored value sits in its file, beyond the row number: its key and the `ValueOrigin` its import
 * stored with it (in `observed_values` since migration 008).
 */
export interface ValueProvenance extends ValueOrigin {
  edition: number;
  unitSet: UnitSetCode;
  unitCode: string;
  variable: string;
  sourceId: string;
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

/**
 * The provenance of one value, if an import wrote it and the value still comes from `sourceId` (undefined
 * for a value no import wrote, e.g. one `run` replaced, or when the value is absent).
 */
export async function getValueProvenance(
  db: Kysely<Database>,
  key: { edition: number; unitSet: UnitSetCode; unitCode: string; variable: string; sourceId: string },
): Promise<ValueProvenance | undefined> {
  const row = await db
    .selectFrom('observed_values')
    .select([
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
    ])
    .where('edition', '=', key.edition)
    .where('unit_set', '=', key.unitSet)
    .where('unit_code', '=', key.unitCode)
    .where('variable', '=', key.variable)
    .where('source_id', '=', key.sourceId)
    .executeTakeFirst();
  if (!row || row.import_id === null) return undefined;
  return {
    edition: row.edition,
    unitSet: row.unit_set,
    unitCode: row.unit_code,
    variable: row.variable,
    sourceId: row.source_id,
    importId: row.import_id,
    column: row.column_name,
    regionKey: row.region_key,
    quality: row.quality,
    note: row.note,
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
