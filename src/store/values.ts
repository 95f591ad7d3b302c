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
  const rows = values.map(toValueRow);
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
] as const satisfies readonly (keyof ObservedValueTable)[];
/** Fails to compile when a column of the table is missing from `VALUE_COLUMNS`. */
const _everyColumn: Exclude<keyof ObservedValueTable, (typeof VALUE_COLUMNS)[number]> extends never
  ? true
  : never = true;

export function toValueRow(v: ObservedValue): ObservedValueTable {
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
  };
}

export type ValueColumn = (typeof VALUE_COLUMNS)[number];

/** A row of `observed_values` as its fields in `VALUE_COLUMNS` order (what the bulk inserts take). */
export type ValueFields = readonly (string | number | null)[];

/** `toValueRow` as the fields in `VALUE_COLUMNS` order, built directly (a bulk load makes millions). */
export function valueFields(v: ObservedValue): ValueFields {
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
