// 007: on SQLite, observed_values and value_provenance become WITHOUT ROWID tables (PostgreSQL: nothing to do).
import { sql, type Kysely } from 'kysely';
import type { StoreMigration } from './migration.js';

/**
 * Both tables are looked up and written only through their primary key (edition, unit set, unit code,
 * variable). As rowid tables SQLite kept each row twice, in the table and in the key's index; WITHOUT ROWID
 * keeps it once, in the key's b-tree, which makes a large import (a row in each table per value) about a
 * fifth cheaper. Each table is rebuilt from its own stored definition, so its columns and constraints stay
 * exactly as migrations 001 and 003 made them. Queries order their lists explicitly, so nothing reads
 * differently.
 */
export const valuesWithoutRowid: StoreMigration = {
  async up(db, dialect) {
    if (dialect !== 'sqlite') return;
    for (const table of TABLES) await rebuild(db, table, true);
  },

  async down(db, dialect) {
    if (dialect !== 'sqlite') return;
    for (const table of TABLES) await rebuild(db, table, false);
  },
};

const TABLES = ['observed_values', 'value_provenance'] as const;

async function rebuild(db: Kysely<unknown>, table: string, withoutRowid: boolean): Promise<void> {
  const { rows } = await sql<{ sql: string }>`
    select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  const definition = rows[0]?.sql;
  if (definition === undefined) throw new Error(`table ${table} is missing`);
  const head = new RegExp(`^CREATE TABLE "?${table}"?`, 'i');
  if (!head.test(definition)) throw new Error(`unexpected definition of ${table}: ${definition}`);
  const body = definition.replace(head, '').replace(/\s*without\s+rowid\s*$/i, '');
  const temporary = `${table}_007`;
  await sql.raw(`CREATE TABLE "${temporary}"${body}${withoutRowid ? ' WITHOUT ROWID' : ''}`).execute(db);
  await sql.raw(`INSERT INTO "${temporary}" SELECT * FROM "${table}"`).execute(db);
  await sql.raw(`DROP TABLE "${table}"`).execute(db);
  await sql.raw(`ALTER TABLE "${temporary}" RENAME TO "${table}"`).execute(db);
}
