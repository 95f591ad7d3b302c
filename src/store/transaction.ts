// Runs work atomically: in a new transaction, or inside the caller's one if there already is one.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Runs `fn` in a transaction. When `db` is already a transaction, `fn` joins it (no savepoint), so the
 * outer transaction decides whether everything commits.
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
