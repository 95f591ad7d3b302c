// Bulk insert of observed values, streamed in batches by the fastest path of each dialect.
import { CompiledQuery } from 'kysely';
import type { ObservedValue } from '../model/index.js';
import { StoreError } from './errors.js';
import { copyIntoTable } from './postgres/bulkInsert.js';
import { describeError } from './postgres/check.js';
import { bulkInsertSql, SqliteBulkBatch, SqliteBulkRowError } from './sqlite/bulk.js';
import type { Store } from './store.js';
import { inTransaction } from './transaction.js';
import { VALUE_COLUMNS, valueFields, type ValueColumn, type ValueFields } from './values.js';

/**
 * Values to insert: an array, or a (sync or async) stream of values or of batches of values, mixed as the
 * producer likes. Nothing beyond the current batch is held in memory.
 */
export type ValueSource =
  | Iterable<ObservedValue | readonly ObservedValue[]>
  | AsyncIterable<ObservedValue | readonly ObservedValue[]>;

/** Rows handed to the database at a time (re-batched whatever the source's batches are). */
export const INSERT_BATCH_ROWS = 2000;

const SQLITE_INSERT = bulkInsertSql('observed_values', VALUE_COLUMNS);

/**
 * Inserts `values` into `observed_values`, all or nothing, and returns how many it inserted. PostgreSQL:
 * one `COPY … FROM STDIN` streaming the batches; from 20,000 rows on (and unless the table is more than ten
 * times larger) the table's foreign keys are dropped for the COPY and added back after it, which checks
 * them in one pass instead of per row but locks `observed_values`, `units`, `sources` and `editions`
 * exclusively until the commit. SQLite: one prepared statement run per row. It only
 * inserts: a value whose key (edition, unit set, unit code, variable) is stored already, or whose unit,
 * source or edition is not, fails the whole call with a StoreError naming it. Inside `store.transaction()`
 * it joins that transaction (pass the transaction's store), which must then roll back if it fails.
 * An error thrown by `values` itself (e.g. a reader's) is rethrown as it is, after the rollback.
 */
export async function insertValues(store: Store, values: ValueSource): Promise<number> {
  const source = { failed: false, error: undefined as unknown };
  return insertFieldBatches(store, fieldBatches(rebatch(values, source)), source);
}

/**
 * As `insertValues`, for values already turned into rows (`valueFields`): batches of rows, each batch of any
 * length. Spares a bulk load (an import) the objects in between.
 */
export async function insertValueRows(
  store: Store,
  batches: Iterable<readonly ValueFields[]> | AsyncIterable<readonly ValueFields[]>,
  /** Columns that hold the same value in every row (SQLite binds them once per statement). */
  shared: readonly ValueColumn[] = [],
): Promise<number> {
  const source = { failed: false, error: undefined as unknown };
  return insertFieldBatches(store, rebatchRows(batches, source), source, shared);
}

async function insertFieldBatches(
  store: Store,
  batches: AsyncIterable<readonly ValueFields[]>,
  source: { failed: boolean; error: unknown },
  shared: readonly ValueColumn[] = [],
): Promise<number> {
  const insert =
    shared.length === 0 ? SQLITE_INSERT : bulkInsertSql('observed_values', VALUE_COLUMNS, shared);
  const positions = shared.map((column) => VALUE_COLUMNS.indexOf(column));
  let count = 0;
  try {
    await inTransaction(store.db, async (trx) => {
      if (store.dialect === 'postgres') {
        count = await copyIntoTable(trx, 'observed_values', VALUE_COLUMNS, batches);
      } else {
        for await (const batch of batches) {
          const request = new SqliteBulkBatch(batch, (i) => describeValue(batch[i]), positions);
          await trx.executeQuery(CompiledQuery.raw(insert, [request]));
          count += batch.length;
          // better-sqlite3 is synchronous: let timers (a progress bar) and I/O run between batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    });
  } catch (error) {
    if (source.failed) throw source.error;
    throw new StoreError(`cannot insert observed values: ${databaseMessage(error)}`, { cause: error });
  }
  return count;
}

/** Batches of at most `INSERT_BATCH_ROWS`; records an error of the source so it is not taken for the database's. */
async function* rebatch(
  values: ValueSource,
  source: { failed: boolean; error: unknown },
): AsyncGenerator<ObservedValue[]> {
  const batch: ObservedValue[] = [];
  try {
    for await (const item of values) {
      if (isBatch(item)) {
        for (const value of item) {
          batch.push(value);
          if (batch.length === INSERT_BATCH_ROWS) yield batch.splice(0);
        }
      } else {
        batch.push(item);
        if (batch.length === INSERT_BATCH_ROWS) yield batch.splice(0);
      }
    }
  } catch (error) {
    source.failed = true;
    source.error = error;
    throw error;
  }
  if (batch.length > 0) yield batch;
}

/** Row batches cut to at most `INSERT_BATCH_ROWS`; records an error of the source like `rebatch`. */
async function* rebatchRows(
  batches: Iterable<readonly ValueFields[]> | AsyncIterable<readonly ValueFields[]>,
  source: { failed: boolean; error: unknown },
): AsyncGenerator<readonly ValueFields[]> {
  try {
    for await (const batch of batches) {
      for (let i = 0; i < batch.length; i += INSERT_BATCH_ROWS) {
        yield batch.length <= INSERT_BATCH_ROWS ? batch : batch.slice(i, i + INSERT_BATCH_ROWS);
      }
    }
  } catch (error) {
    source.failed = true;
    source.error = error;
    throw error;
  }
}

async function* fieldBatches(batches: AsyncIterable<ObservedValue[]>): AsyncGenerator<ValueFields[]> {
  for await (const batch of batches) yield batch.map(valueFields);
}

function isBatch(item: ObservedValue | readonly ObservedValue[]): item is readonly ObservedValue[] {
  return Array.isArray(item);
}

/** Names a row (in `VALUE_COLUMNS` order) for an error message. */
function describeValue(row: ValueFields | undefined): string {
  if (!row) return 'observed value';
  const [edition, unitSet, unitCode, variable] = row;
  const line = row[VALUE_COLUMNS.indexOf('row_number')];
  return `observed value ${edition}/${unitSet}/${unitCode}/${variable}${line === null ? '' : ` (row ${line})`}`;
}

/** The driver's message, with PostgreSQL's detail (the key at fault) and context (the COPY line). */
function databaseMessage(error: unknown): string {
  if (error instanceof SqliteBulkRowError) return error.message;
  const { detail, where } = error as { detail?: unknown; where?: unknown };
  return [describeError(error), detail, where].filter((part) => typeof part === 'string' && part).join('; ');
}
