// A long load of observed values in one transaction: on PostgreSQL, keys checked once at its end.
import { sql } from 'kysely';
import { BULK_VALIDATION_MIN_ROWS, VALIDATION_RATIO } from './postgres/bulkInsert.js';
import { dropForeignKeys, estimatedRows, restoreForeignKeys } from './postgres/foreignKeys.js';
import { dropPrimaryKey, restorePrimaryKey } from './postgres/primaryKey.js';
import { StoreError } from './errors.js';
import type { Store } from './store.js';

/** Ends a bulk load: puts back (and so checks, in one pass each) what `beginValueLoad` took off. */
export type EndLoad = () => Promise<void>;

export interface ValueLoadOptions {
  /**
   * The caller promises that until the load ends nothing looks up or deletes values of `observed_values` by
   * key (e.g. the first import into an edition that holds none of its values, without `--replace`): the
   * primary key may then be dropped too and built once at the end.
   */
  keyFree?: boolean;
}

/**
 * Prepares `observed_values` for a load of at least `rows` rows in several `insertValues` calls within the
 * transaction of `store`. PostgreSQL: as `insertValues` does for one large call, the table's foreign keys are
 * dropped when the load is large (20,000 rows or more, and the table at most ten times larger), and with
 * `keyFree` its primary key `observed_values_pk` too; the returned function adds them back (the primary key
 * first: a key stored twice is then a StoreError naming it, and the transaction must roll back). It must
 * run before the commit (a rollback restores them anyway); it first analyses `observed_values` and `units`
 * (a unit table loaded just before, never analysed, made the check of the unit key four times slower).
 * Until then `observed_values`, `units`, `sources` and `editions` are locked. SQLite: nothing to do.
 */
export async function beginValueLoad(
  store: Store,
  rows: number,
  options: ValueLoadOptions = {},
): Promise<EndLoad> {
  if (store.dialect !== 'postgres') return () => Promise.resolve();
  if (!store.db.isTransaction) throw new StoreError('a bulk load of observed values needs a transaction');
  if (rows < BULK_VALIDATION_MIN_ROWS) return () => Promise.resolve();
  if (rows * VALIDATION_RATIO < (await estimatedRows(store.db, 'observed_values')))
    return () => Promise.resolve();
  const primaryKey = options.keyFree ? await dropPrimaryKey(store.db, 'observed_values') : null;
  const keys = await dropForeignKeys(store.db, 'observed_values');
  return async () => {
    // Fresh statistics first (of this transaction's rows too): the checks of the keys below, and the next
    // lookups by key (a re-import right after), are then planned for the table's new size.
    await sql`analyze observed_values, units`.execute(store.db);
    if (primaryKey) await restorePrimaryKey(store.db, 'observed_values', primaryKey);
    await restoreForeignKeys(store.db, 'observed_values', keys);
  };
}
