// Reading and replacing single observed values by key, for imports that add to an edition rather than replace it.
import type { Kysely } from 'kysely';
import type { UnitSetCode } from '../model/index.js';
import { fromFlag } from './columns.js';
import type { Database } from './schema.js';

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

/** Most keys per delete statement (two parameters each, well inside every dialect's limit). */
const KEYS_PER_STATEMENT = 400;

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
    .select([
      'unit_set',
      'unit_code',
      'variable',
      'value',
      'missing_reason',
      'confidential',
      'reference_date',
      'source_id',
    ])
    .where('edition', '=', edition)
    .where('unit_set', '=', unitSet)
    .where('variable', 'in', [...variables])
    .execute();
  for (const r of rows) {
    const cell: StoredCell = {
      unitSet: r.unit_set,
      unitCode: r.unit_code,
      variable: r.variable,
      value: r.value,
      missingReason: r.missing_reason,
      confidential: fromFlag(r.confidential),
      referenceDate: r.reference_date,
      sourceId: r.source_id,
    };
    found.set(valueKeyText(cell), cell);
  }
  return found;
}

/** Deletes the values of `edition` with these keys (before their replacements are inserted). */
export async function deleteValues(
  db: Kysely<Database>,
  edition: number,
  keys: readonly ValueKey[],
): Promise<void> {
  for (const [unitSet, group] of byUnitSet(keys)) {
    for (let i = 0; i < group.length; i += KEYS_PER_STATEMENT) {
      const slice = group.slice(i, i + KEYS_PER_STATEMENT);
      await db
        .deleteFrom('observed_values')
        .where('edition', '=', edition)
        .where('unit_set', '=', unitSet)
        .where((eb) =>
          eb.or(
            slice.map((k) => eb.and([eb('unit_code', '=', k.unitCode), eb('variable', '=', k.variable)])),
          ),
        )
        .execute();
    }
  }
}

function byUnitSet(keys: readonly ValueKey[]): Map<string, ValueKey[]> {
  const groups = new Map<string, ValueKey[]>();
  for (const key of keys) {
    const group = groups.get(key.unitSet);
    if (group) group.push(key);
    else groups.set(key.unitSet, [key]);
  }
  return groups;
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
