// Foreign keys of a table taken off for a bulk load and put back (validated in one pass each) before commit.
import { sql, type Kysely } from 'kysely';

export interface ForeignKey {
  name: string;
  /** As `pg_get_constraintdef` prints it, e.g. `FOREIGN KEY (source_id) REFERENCES sources(id)`. */
  definition: string;
}

/**
 * Drops the foreign keys of `table` (in the current schema) and returns them for `restoreForeignKeys`.
 * Run both in one transaction: a rollback brings the constraints back. Until the commit, `table` and the
 * tables it references are locked exclusively (other sessions wait, readers too).
 */
export async function dropForeignKeys<DB>(db: Kysely<DB>, table: string): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = ${table}::regclass and contype = 'f' order by conname`.execute(db);
  for (const key of rows) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(key.name)}`.execute(db);
  }
  return rows;
}

/** Adds the keys back; each checks every row of `table` in one join, failing like a row-by-row check would. */
export async function restoreForeignKeys<DB>(
  db: Kysely<DB>,
  table: string,
  keys: readonly ForeignKey[],
): Promise<void> {
  for (const key of keys) {
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(key.name)} ${sql.raw(key.definition)}`.execute(
      db,
    );
  }
}

/** Roughly how many rows `table` has (the planner's estimate, or its size when it was never analysed). */
export async function estimatedRows<DB>(db: Kysely<DB>, table: string): Promise<number> {
  const { rows } = await sql<{ rows: number }>`
    select case when reltuples >= 0 then reltuples else pg_relation_size(oid) / 100 end::float8 as rows
    from pg_class where oid = ${table}::regclass`.execute(db);
  return rows[0]?.rows ?? 0;
}
