// Observed values: one number (or a reason for its absence) per edition, unit and variable.
import type { Kysely, Selectable } from 'kysely';
import type { MissingReason, ObservedValue, UnitSetCode } from '../model/index.js';
import { batches } from './batch.js';
import { fromFlag, oneOf, toFlag, toNumber } from './columns.js';
import { StoreError } from './errors.js';
import type { Database, ObservedValueTable } from './schema.js';
import { inTransaction } from './transaction.js';

const MISSING_REASONS: Record<MissingReason, true> = {
  nothing: true,
  unknown: true,
  'not-meaningful': true,
  uncertain: true,
  later: true,
  suppressed: true,
  absent: true,
};

/**
 * Deletes every value of `edition` (all unit sets) and inserts `values`, all or nothing. Every value must
 * belong to `edition`; units, sources and the edition must exist.
 */
export async function replaceEditionValues(
  db: Kysely<Database>,
  edition: number,
  values: readonly ObservedValue[],
): Promise<void> {
  const stray = values.find((v) => v.edition !== edition);
  if (stray) {
    throw new StoreError(
      `value ${stray.unitCode}/${stray.variable} is of edition ${stray.edition}, not ${edition}`,
    );
  }
  const rows = values.map((v) => toValueRow(v));
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('observed_values').where('edition', '=', edition).execute();
    for (const batch of batches(rows)) await trx.insertInto('observed_values').values(batch).execute();
  });
}

/** The values of one edition and unit set, ordered by unit code, then variable. */
export async function listValues(
  db: Kysely<Database>,
  filter: { edition: number; unitSet: UnitSetCode },
): Promise<ObservedValue[]> {
  const rows = await db
    .selectFrom('observed_values')
    .selectAll()
    .where('edition', '=', filter.edition)
    .where('unit_set', '=', filter.unitSet)
    .orderBy('unit_code')
    .orderBy('variable')
    .execute();
  return rows.map(fromRow);
}

/** The columns of `observed_values` in table order: what `toValueRow` fills, and the bulk inserts' column list. */
export const VALUE_COLUMNS = [
  'edition',
  'unit_set',
  'unit_code',
  'variable',
  'value',
  'missing_reason',
  'reference_date',
  'source_id',
  'row_number',
  'synthetic',
  'confidential',
  'import_id',
  'column_name',
  'region_key',
  'quality',
  'note',
] as const satisfies readonly (keyof ObservedValueTable)[];
/** Fails to compile when a column of the table is missing from `VALUE_COLUMNS`. */
const _everyColumn: Exclude<keyof ObservedValueTable, (typeof VALUE_COLUMNS)[number]> extends never
  ? true
  : never = true;

/**
 * What an import records of a value beyond the value itself: the import (its entry in the import log) and
 * the value's place in the file. Values no import wrote (the bundle's, `run`'s) have none.
 */
export interface ValueOrigin {
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

/** The row of a value; `origin` only for a value an import writes (`valueFields` has it as the fields). */
export function toValueRow(v: ObservedValue, origin: ValueOrigin | null = null): ObservedValueTable {
  return {
    edition: v.edition,
    unit_set: v.unitSet,
    unit_code: v.unitCode,
    variable: v.variable,
    value: toNumber(v.value),
    missing_reason: v.missingReason,
    reference_date: v.referenceDate,
    source_id: v.sourceId,
    row_number: v.row,
    synthetic: toFlag(v.synthetic),
    confidential: toFlag(v.confidential),
    import_id: origin?.importId ?? null,
    column_name: origin?.column ?? null,
    region_key: origin?.regionKey ?? null,
    quality: origin?.quality ?? null,
    note: origin?.note ?? null,
  };
}

export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** A row of `observed_values` as its fields in `VALUE_COLUMNS` order (what the bulk inserts take). */
export type ValueFields = readonly (string | number | null)[];

/**
 * `toValueRow` as the fields in `VALUE_COLUMNS` order, built directly (a bulk load makes millions): for a
 * value without an origin (its provenance columns null).
 */
export function valueFields(v: ObservedValue): ValueFields {
  return importedValueFields(v, null);
}

/** `valueFields` of a value an import writes, with its origin (null: none). */
export function importedValueFields(v: ObservedValue, origin: ValueOrigin | null): ValueFields {
  return [
    v.edition,
    v.unitSet,
    v.unitCode,
    v.variable,
    toNumber(v.value),
    v.missingReason,
    v.referenceDate,
    v.sourceId,
    v.row,
    toFlag(v.synthetic),
    toFlag(v.confidential),
    origin?.importId ?? null,
    origin?.column ?? null,
    origin?.regionKey ?? null,
    origin?.quality ?? null,
    origin?.note ?? null,
  ];
}

function fromRow(r: Selectable<ObservedValueTable>): ObservedValue {
  return {
    edition: r.edition,
    unitSet: r.unit_set,
    unitCode: r.unit_code,
    variable: r.variable,
    value: r.value,
    missingReason:
      r.missing_reason === null
        ? null
        : oneOf(MISSING_REASONS, r.missing_reason, 'observed_values.missing_reason'),
    referenceDate: r.reference_date,
    sourceId: r.source_id,
    row: r.row_number,
    synthetic: fromFlag(r.synthetic),
    confidential: fromFlag(r.confidential),
  };
}
