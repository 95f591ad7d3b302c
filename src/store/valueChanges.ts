// Reading and replacing single observed values by key, for imports that add to an edition rather than replace it.
import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { fromFlag, toNumber } from './columns.js';
import type { Database, ObservedValueTable } from './schema.js';
import { cachedSql } from './sqlite/bulk.js';
import type { Store } from './store.js';

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

/** What an import compares a new value with, found by its key (`storedValuesOf`). */
export type StoredState = Pick<StoredCell, 'value' | 'missingReason' | 'confidential' | 'referenceDate'>;

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
 * Unit codes per SQLite lookup of `storedValuesOf`: always this many parameters (the last codes repeated to
 * fill it), so that one prepared statement serves every batch.
 */
const SQLITE_LOOKUP_CODES = 250;

const SQLITE_LOOKUP = cachedSql(
  'select unit_code, variable, value, missing_reason, confidential, reference_date from observed_values ' +
    `where edition = ? and unit_set = ? and unit_code in (${Array<string>(SQLITE_LOOKUP_CODES).fill('?').join(', ')})`,
);

type LookupRow = Pick<
  Selectable<ObservedValueTable>,
  'unit_code' | 'variable' | 'value' | 'missing_reason' | 'confidential' | 'reference_date'
>;

/**
 * The stored state of the values of `edition` with these keys (of any unit set), keyed by `valueKeyText`,
 * through the primary key: per unit set one lookup of all the keys' unit codes at once. The map may hold
 * more than was asked for: a unit's values of the other variables the keys of its unit set name (never a
 * variable no key names). SQLite: one prepared statement per 250 codes, reused; PostgreSQL: one statement
 * with the codes as an array. For comparing a stream of values batch by batch without reading the whole
 * edition.
 */
export async function storedValuesOf(
  store: Pick<Store, 'db' | 'dialect'>,
  edition: number,
  keys: readonly ValueKey[],
): Promise<Map<string, StoredState>> {
  const found = new Map<string, StoredState>();
  const sets = new Map<string, { codes: Set<string>; variables: Set<string> }>();
  for (const key of keys) {
    let set = sets.get(key.unitSet);
    if (!set) sets.set(key.unitSet, (set = { codes: new Set(), variables: new Set() }));
    set.codes.add(key.unitCode);
    set.variables.add(key.variable);
  }
  for (const [unitSet, { codes, variables }] of sets) {
    const keep = (rows: readonly LookupRow[]) => {
      for (const r of rows) {
        if (!variables.has(r.variable)) continue;
        found.set(`${unitSet}\u0000${r.unit_code}\u0000${r.variable}`, {
          value: r.value,
          missingReason: r.missing_reason,
          confidential: fromFlag(r.confidential),
          referenceDate: r.reference_date,
        });
      }
    };
    const list = [...codes];
    if (store.dialect === 'postgres') {
      for (let i = 0; i < list.length; i += CODES_PER_LOOKUP) {
        const { rows } = await sql<LookupRow>`select unit_code, variable, value, missing_reason, confidential,
          reference_date from observed_values where edition = ${edition} and unit_set = ${unitSet}
          and unit_code = any(${list.slice(i, i + CODES_PER_LOOKUP)}::text[])`.execute(store.db);
        keep(rows);
      }
      continue;
    }
    for (let i = 0; i < list.length; i += SQLITE_LOOKUP_CODES) {
      const chunk = list.slice(i, i + SQLITE_LOOKUP_CODES);
      while (chunk.length < SQLITE_LOOKUP_CODES) chunk.push(chunk[chunk.length - 1]!);
      const { rows } = await store.db.executeQuery<LookupRow>(
        CompiledQuery.raw(SQLITE_LOOKUP, [edition, unitSet, ...chunk]),
      );
      keep(rows);
    }
  }
  return found;
}

/** A value about to be stored, as `differingValuesOf` compares it. */
export interface ComparedValue extends ValueKey, StoredState {}

/**
 * PostgreSQL: compares `values` with the stored values of `edition` in the database and returns, by position
 * in `values`, the new ones (null) and those that differ in value, missing reason, confidentiality or
 * reference date (their stored state); equal values are left out. Per unit set one statement: the values
 * travel as arrays, the stored values of their unit codes are found through the primary key and compared
 * there, so a re-import of an unchanged file receives nothing back. Numbers are compared as doubles (the
 * arrays carry each number's shortest exact text, as COPY wrote it).
 */
export async function differingValuesOf(
  db: Kysely<Database>,
  edition: number,
  values: readonly ComparedValue[],
): Promise<Map<number, StoredState | null>> {
  const found = new Map<number, StoredState | null>();
  const sets = new Map<string, number[]>();
  values.forEach((v, i) => {
    let positions = sets.get(v.unitSet);
    if (!positions) sets.set(v.unitSet, (positions = []));
    positions.push(i);
  });
  for (const [unitSet, positions] of sets) {
    for (let start = 0; start < positions.length; start += CODES_PER_LOOKUP) {
      const part = positions.slice(start, start + CODES_PER_LOOKUP);
      const of = part.map((i) => values[i]!);
      const { rows } = await sql<{
        i: number;
        absent: boolean;
        value: number | null;
        missing_reason: string | null;
        confidential: number | null;
        reference_date: string | null;
      }>`with k as (
          select * from unnest(${of.map((v) => v.unitCode)}::text[], ${of.map((v) => v.variable)}::text[],
            ${of.map((v) => toNumber(v.value))}::float8[], ${of.map((v) => v.missingReason)}::text[],
            ${of.map((v) => (v.confidential ? 1 : 0))}::int[], ${of.map((v) => v.referenceDate)}::text[])
            with ordinality as k(unit_code, variable, value, missing_reason, confidential, reference_date, i)),
        o as (
          select unit_code, variable, value, missing_reason, confidential, reference_date from observed_values
          where edition = ${edition} and unit_set = ${unitSet}
            and unit_code = any(${[...new Set(of.map((v) => v.unitCode))]}::text[]))
        select (k.i - 1)::int as i, o.unit_code is null as absent, o.value, o.missing_reason, o.confidential,
          o.reference_date
        from k left join o on o.unit_code = k.unit_code and o.variable = k.variable
        where o.unit_code is null or o.value is distinct from k.value
          or o.missing_reason is distinct from k.missing_reason or o.confidential <> k.confidential
          or o.reference_date <> k.reference_date`.execute(db);
      for (const r of rows) {
        found.set(
          part[r.i]!,
          r.absent
            ? null
            : {
                value: r.value,
                missingReason: r.missing_reason,
                confidential: fromFlag(r.confidential!),
                referenceDate: r.reference_date!,
              },
        );
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

/**
 * Deletes the values of `edition` with these keys (before their replacements are inserted): one statement
 * per unit set, variable and up to 5,000 unit codes, through the primary key.
 */
export async function deleteValues(
  db: Kysely<Database>,
  edition: number,
  keys: readonly ValueKey[],
): Promise<void> {
  for (const { unitSet, variable, codes } of groupKeys(keys)) {
    for (let i = 0; i < codes.length; i += CODES_PER_LOOKUP) {
      await sql`delete from observed_values where edition = ${edition} and unit_set = ${unitSet}
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
