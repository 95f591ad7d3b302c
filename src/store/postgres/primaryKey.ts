// The primary key of a table taken off for a fresh bulk load and built once at its end (before commit).
import { sql, type Kysely } from 'kysely';
import { StoreError } from '../errors.js';

export interface PrimaryKey {
  name: string;
  /** As `pg_get_constraintdef` prints it, e.g. `PRIMARY KEY (edition, unit_set, unit_code, variable)`. */
  definition: string;
}

/** PostgreSQL's SQLSTATE for a unique violation (also when a unique index cannot be built). */
const UNIQUE_VIOLATION = '23505';

/**
 * Drops the primary key of `table` (in the current schema) and returns it for `restorePrimaryKey`, or null
 * when it has none. Only for a load that neither looks rows up nor deletes them by key until the key is
 * back: without its index each would scan the whole table. Run both in one transaction (a rollback brings
 * the key back); until the commit `table` is locked exclusively.
 */
export async function dropPrimaryKey<DB>(db: Kysely<DB>, table: string): Promise<PrimaryKey | null> {
  const { rows } = await sql<PrimaryKey>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = ${table}::regclass and contype = 'p'`.execute(db);
  const key = rows[0];
  if (!key) return null;
  await sql`alter table ${sql.table(table)} drop constraint ${sql.id(key.name)}`.execute(db);
  return key;
}

/**
 * Adds the key back, building its index in one sort of the whole table. A key that rows now share is a
 * StoreError naming the constraint and PostgreSQL's detail (`Key (…)=(…) is duplicated.`); the transaction
 * must then roll back.
 */
export async function restorePrimaryKey<DB>(db: Kysely<DB>, table: string, key: PrimaryKey): Promise<void> {
  try {
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(key.name)} ${sql.raw(key.definition)}`.execute(
      db,
    );
  } catch (error) {
    const { code, detail } = error as { code?: unknown; detail?: unknown };
    if (code !== UNIQUE_VIOLATION) throw error;
    throw new StoreError(
      `cannot add the primary key ${key.name} back to ${table} after a bulk load: two rows have the same key` +
        (typeof detail === 'string' ? ` (${detail.replace(/\.$/, '')})` : ''),
      { cause: error },
    );
  }
}
