// Reading and replacing single observed values by key, for imports that add to an edition rather than replace it.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { fromFlag } from './columns.js';
import type { Database, ObservedValueTable } from './schema.js';

/** The key of an observed value inside one edition. */
export interface ValueKey {
  unitSet: UnitSetCode;
  unitCode: string;
  variable: string;
}

/** What an import compares a new value with. */
export interface StoredCell extends ValueKey {
  value: number | null;
  missingReason: string | null;
  confidential: boolean;
  referenceDate: string;
  sourceId: string;
}

export function valueKeyText(key: ValueKey): string {
  return `${key.unitSet}\u0000${key.unitCode}\u0000${key.variable}`;
}

/** Every stored value of `edition` and `unitSet` among `variables`, keyed by `valueKeyText` (one query). */
export async function storedValues(
  db: Kysely<Database>,
  edition: number,
  unitSet: UnitSetCode,
  variables: readonly string[],
): Promise<Map<string, StoredCell>> {
  const found = new Map<string, StoredCell>();
  if (variables.length === 0) return found;
  const rows = await db
    .selectFrom('observed_values')
    .select(CELL_COLUMNS)
    .where('edition', '=', edition)
    .where('unit_set', '=', unitSet)
    .where('variable', 'in', [...variables])
    .execute();
  for (const r of rows) {
    const cell = storedCell(r);
    found.set(valueKeyText(cell), cell);
  }
  return found;
}

const CELL_COLUMNS = [
  'unit_set',
  'unit_code',
  'variable',
  'value',
  'missing_reason',
  'confidential',
  'reference_date',
  'source_id',
] as const;

function storedCell(r: Pick<Selectable<ObservedValueTable>, (typeof CELL_COLUMNS)[number]>): StoredCell {
  return {
    unitSet: r.unit_set,
    unitCode: r.unit_code,
    variable: r.variable,
    value: r.value,
    missingReason: r.missing_reason,
    confidential: fromFlag(r.confidential),
    referenceDate: r.reference_date,
    sourceId: r.source_id,
  };
}

/** Most unit codes per lookup statement (one parameter each, well inside every dialect's limit). */
const CODES_PER_LOOKUP = 5000;

/**
 * The stored values of `edition` with these keys (of any unit set), keyed by `valueKeyText`: one query per
 * unit set, variable and up to 5,000 unit codes, through the primary key. For comparing a stream of values
 * batch by batch without reading the whole edition.
 */
export async function storedValuesOf(
  db: Kysely<Database>,
  edition: number,
  keys: readonly ValueKey[],
): Promise<Map<string, StoredCell>> {
  const found = new Map<string, StoredCell>();
  for (const { unitSet, variable, codes } of groupKeys(keys)) {
    for (let i = 0; i < codes.length; i += CODES_PER_LOOKUP) {
      const rows = await db
        .selectFrom('observed_values')
        .select(CELL_COLUMNS)
        .where('edition', '=', edition)
        .where('unit_set', '=', unitSet)
        .where('variable', '=', variable)
        .where('unit_code', 'in', codes.slice(i, i + CODES_PER_LOOKUP))
        .execute();
      for (const r of rows) {
        const cell = storedCell(r);
        found.set(valueKeyText(cell), cell);
      }
    }
  }
  return found;
}

/** Whether `edition` holds any value of `unitSet` among `variables` (an import into fresh ground compares with nothing). */
export async function hasStoredValues(
  db: Kysely<Database>,
  edition: number,
  unitSet: UnitSetCode,
  variables: readonly string[],
): Promise<boolean> {
  if (variables.length === 0) return false;
  const row = await db
    .selectFrom('observed_values')
    .select('unit_code')
    .where('edition', '=', edition)
    .where('unit_set', '=', unitSet)
    .where('variable', 'in', [...variables])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Deletes the values of `edition` with these keys (before their replacements are inserted). */
export async function deleteValues(
  db: Kysely<Database>,
  edition: number,
  keys: readonly ValueKey[],
): Promise<void> {
  await deleteByKeys(db, 'observed_values', edition, keys);
}

/**
 * Deletes the rows of `table` (keyed by edition, unit set, unit code and variable) with these keys: one
 * statement per unit set, variable and up to 5,000 unit codes, through the primary key.
 */
export async function deleteByKeys(
  db: Kysely<Database>,
  table: 'observed_values' | 'value_provenance',
  edition: number,
  keys: readonly ValueKey[],
): Promise<void> {
  for (const { unitSet, variable, codes } of groupKeys(keys)) {
    for (let i = 0; i < codes.length; i += CODES_PER_LOOKUP) {
      await sql`delete from ${sql.table(table)} where edition = ${edition} and unit_set = ${unitSet}
        and variable = ${variable} and unit_code in (${sql.join(codes.slice(i, i + CODES_PER_LOOKUP))})`.execute(
        db,
      );
    }
  }
}

/** Keys grouped by unit set and variable, with their unit codes. */
function groupKeys(keys: readonly ValueKey[]): { unitSet: string; variable: string; codes: string[] }[] {
  const groups = new Map<string, { unitSet: string; variable: string; codes: string[] }>();
  for (const key of keys) {
    const name = `${key.unitSet}\u0000${key.variable}`;
    let group = groups.get(name);
    if (!group) groups.set(name, (group = { unitSet: key.unitSet, variable: key.variable, codes: [] }));
    group.codes.push(key.unitCode);
  }
  return [...groups.values()];
}

/** The latest edition that holds a value (or a reason for its absence) of this unit and variable. */
export async function latestEditionWithValue(
  db: Kysely<Database>,
  key: ValueKey,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('observed_values')
    .select((eb) => eb.fn.max('edition').as('edition'))
    .where('unit_set', '=', key.unitSet)
    .where('unit_code', '=', key.unitCode)
    .where('variable', '=', key.variable)
    .executeTakeFirst();
  return row?.edition ?? undefined;
}
