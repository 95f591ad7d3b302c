// The first round trip to PostgreSQL: is it reachable, is the database UTF-8, which schema holds the store.
import { sql, type Kysely } from 'kysely';
import { StoreError } from '../errors.js';
import { redactLocation } from '../location.js';

/**
 * Connects and checks the database: UTF-8 (so that text round-trips and COLLATE "C" orders by UTF-8 bytes,
 * as SQLite does) and a schema to work in (the first existing schema of the `search_path`). Returns it.
 */
export async function checkPostgres<DB>(db: Kysely<DB>, url: string): Promise<string> {
  let row: { schema: string | null; encoding: string } | undefined;
  try {
    const result = await sql<{ schema: string | null; encoding: string }>`
      select current_schema() as schema, current_setting('server_encoding') as encoding`.execute(db);
    row = result.rows[0];
  } catch (error) {
    throw new StoreError(`cannot connect to PostgreSQL at ${redactLocation(url)}: ${describeError(error)}`, {
      cause: error,
    });
  }
  if (row?.encoding !== 'UTF8') {
    throw new StoreError(
      `PostgreSQL database at ${redactLocation(url)} has encoding ${row?.encoding ?? '?'}; the store needs UTF8`,
    );
  }
  if (!row.schema) {
    throw new StoreError(
      `PostgreSQL at ${redactLocation(url)}: no schema of the search_path exists (create it first)`,
    );
  }
  return row.schema;
}

/** The schema that unqualified names refer to (the first existing one of the `search_path`). */
export async function currentSchema<DB>(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new StoreError('PostgreSQL: no schema of the search_path exists (create it first)');
  return schema;
}

/** pg's connection errors can have an empty message (an AggregateError of ECONNREFUSED for ::1 and 127.0.0.1). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  const code = (error as { code?: unknown }).code;
  const inner = error instanceof AggregateError ? error.errors.map(describeError).join('; ') : '';
  return inner || (typeof code === 'string' ? code : error.name);
}
