// SQLite through better-sqlite3: opens the file, sets the connection pragmas the store relies on, bulk inserts.
import Sqlite from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { StoreError } from '../errors.js';
import { withBulkInserts } from './bulk.js';

/** How long a writer waits for another process's lock before failing, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

/** The connection's page cache, in KiB. */
const CACHE_KIB = 32 * 1024;

/** Opens `path` (or `:memory:`) now, so that a bad path or file fails here rather than at the first query. */
export function createSqliteDialect(path: string): SqliteDialect {
  let database: Sqlite.Database | undefined;
  try {
    database = new Sqlite(path);
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (path !== ':memory:') database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    // A page cache of up to 32 MiB (SQLite's default is 2 MiB), taken only as needed: a large import (one
    // transaction) then spills far fewer pages to the WAL before its commit.
    database.pragma(`cache_size = -${CACHE_KIB}`);
  } catch (error) {
    database?.close();
    throw new StoreError(`cannot open SQLite database ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return new SqliteDialect({ database: withBulkInserts(database) });
}
