// A canonical dump of every table of a store, to show that a failed or empty import left the database as it was.
import { sql } from 'kysely';
import type { Store } from '../../../src/store/index.js';

export async function dumpStore(store: Store): Promise<string> {
  // On PostgreSQL only the store's own schema: the test database may hold other schemas' tables.
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]!.schema
      : undefined;
  const tables = (await store.db.introspection.getTables())
    .filter((t) => schema === undefined || t.schema === schema)
    .map((t) => t.name)
    .sort();
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(store.db);
    out[table] = result.rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return JSON.stringify(out);
}
