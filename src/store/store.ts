// The handle callers hold: the typed Kysely instance, its dialect, closing, and transactions.
import type { Kysely } from 'kysely';
import { StoreError } from './errors.js';
import type { DialectName } from './location.js';
import type { Database } from './schema.js';
import { inTransaction } from './transaction.js';

export interface Store {
  /** Pass this to the repository functions (`listUnits(store.db, …)`); inside a transaction it is the transaction. */
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Closes the connection; not allowed on the store given to a transaction callback. */
  close(): Promise<void>;
  /**
   * Runs `fn` with a store whose writes commit together when `fn` resolves and roll back when it throws.
   * Use only the store passed to `fn` inside it: the outer one waits for the transaction in SQLite (one
   * connection) and would deadlock, and in PostgreSQL works on another connection, outside the transaction.
   * A nested call joins the outer transaction.
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

export function storeFor(db: Kysely<Database>, dialect: DialectName): Store {
  const store: Store = {
    db,
    dialect,
    close: () =>
      db.isTransaction
        ? Promise.reject(new StoreError('close the store that opened the transaction, not the transaction'))
        : db.destroy(),
    transaction: (fn) => inTransaction(db, (trx) => fn(trx === db ? store : storeFor(trx, dialect))),
  };
  return store;
}
