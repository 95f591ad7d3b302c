// Bulk inserts on SQLite: one prepared statement run once per row, reached through Kysely's connection.
import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Starts the SQL of a bulk insert, so that the database wrapper below can tell it from other queries. */
const BULK_MARKER = '/* bulk */ ';

/** One field of a row: text, a number or NULL. */
export type BulkField = string | number | null;

/**
 * The only parameter of a compiled bulk insert (`bulkInsertSql`): a batch of rows, each the values of the
 * statement's columns in order. Running it through Kysely keeps it on Kysely's connection and transaction.
 */
export class SqliteBulkBatch {
  constructor(
    readonly rows: readonly (readonly BulkField[])[],
    /** Describes row `i` for an error message (which row failed). */
    readonly describe: (index: number) => string,
  ) {}
}

export function bulkInsertSql(table: string, columns: readonly string[]): string {
  const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
  return `${BULK_MARKER}insert into "${table}" (${names}) values (${columns.map(() => '?').join(', ')})`;
}

/** A row of a bulk batch that SQLite refused, named by the batch's `describe`. */
export class SqliteBulkRowError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'SqliteBulkRowError';
  }
}

/**
 * Wraps better-sqlite3 for Kysely: every query goes to `database` unchanged, except the bulk inserts, whose
 * statements are prepared once and run once per row of their `SqliteBulkBatch`.
 */
export function withBulkInserts(database: Sqlite.Database): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      if (!sql.startsWith(BULK_MARKER)) return database.prepare(sql);
      let statement = prepared.get(sql);
      if (!statement) {
        statement = bulkStatement(database.prepare(sql));
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function bulkStatement(insert: Sqlite.Statement): SqliteStatement {
  return {
    reader: false,
    all: () => [],
    iterate: () => [][Symbol.iterator](),
    run: (parameters) => {
      const batch = parameters[0];
      if (parameters.length !== 1 || !(batch instanceof SqliteBulkBatch)) {
        throw new TypeError('a bulk insert takes one SqliteBulkBatch');
      }
      let changes = 0;
      let lastInsertRowid: number | bigint = 0;
      batch.rows.forEach((row, i) => {
        try {
          const result = insert.run(...row);
          changes += result.changes;
          lastInsertRowid = result.lastInsertRowid;
        } catch (error) {
          throw new SqliteBulkRowError(`${batch.describe(i)}: ${(error as Error).message}`, { cause: error });
        }
      });
      return { changes, lastInsertRowid };
    },
  };
}
