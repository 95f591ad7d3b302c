// A long load of observed values in one transaction: on PostgreSQL, foreign keys checked once at its end.
import { sql } from 'kysely';
import { BULK_VALIDATION_MIN_ROWS, VALIDATION_RATIO } from './postgres/bulkInsert.js';
import { dropForeignKeys, estimatedRows, restoreForeignKeys } from './postgres/foreignKeys.js';
import { StoreError } from './errors.js';
import type { Store } from './store.js';

/** Ends a bulk load: puts back (and so checks, in one pass each) what `beginValueLoad` took off. */
export type EndLoad = () => Promise<void>;

/**
 * Prepares `observed_values` for a load of at least `rows` rows in several `insertValues` calls within the
 * transaction of `store`. PostgreSQL: as `insertValues` does for one large call, the table's foreign keys are
 * dropped when the load is large (20,000 rows or more, and the table at most ten times larger) and added
 * back by the returned function, which must run before the commit (a rollback restores them anyway) and
 * then analyses `observed_values`; until then `observed_values`, `units`, `sources`
 * and `editions` are locked. SQLite: nothing to do.
 */
export async function beginValueLoad(store: Store, rows: number): Promise<EndLoad> {
  if (store.dialect !== 'postgres') return () => Promise.resolve();
  if (!store.db.isTransaction) throw new StoreError('a bulk load of observed values needs a transaction');
  if (rows < BULK_VALIDATION_MIN_ROWS) return () => Promise.resolve();
  if (rows * VALIDATION_RATIO < (await estimatedRows(store.db, 'observed_values')))
    return () => Promise.resolve();
  const keys = await dropForeignKeys(store.db, 'observed_values');
  return async () => {
    await restoreForeignKeys(store.db, 'observed_values', keys);
    // Fresh statistics (of this transaction's rows too), so that the next lookups by key (a re-import right
    // after) are planned for the table's new size rather than waiting for autovacuum.
    await sql`analyze observed_values`.execute(store.db);
  };
}
