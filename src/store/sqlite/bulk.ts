// Bulk inserts on SQLite: one prepared statement run once per row, reached through Kysely's connection.
import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Starts the SQL of a bulk insert, so that the database wrapper below can tell it from other queries. */
const BULK_MARKER = '/* bulk */ ';

/** Rows per multi-row INSERT statement: about twice as fast as one statement per row (fewer calls into SQLite). */
export const ROWS_PER_STATEMENT = 50;

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
 * statements are prepared once and run for `ROWS_PER_STATEMENT` rows of their `SqliteBulkBatch` at a time
 * (the rest one by one).
 */
export function withBulkInserts(database: Sqlite.Database): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      if (!sql.startsWith(BULK_MARKER)) return database.prepare(sql);
      let statement = prepared.get(sql);
      if (!statement) {
        statement = bulkStatement(database, sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function bulkStatement(database: Sqlite.Database, sql: string): SqliteStatement {
  const insert = database.prepare(sql);
  const tuple = sql.slice(sql.lastIndexOf('('));
  const many = database.prepare(sql + `, ${tuple}`.repeat(ROWS_PER_STATEMENT - 1));
  return {
    reader: false,
    all: () => [],
    iterate: () => [][Symbol.iterator](),
    run: (parameters) => {
      const batch = parameters[0];
      if (parameters.length !== 1 || !(batch instanceof SqliteBulkBatch)) {
        throw new TypeError('a bulk insert takes one SqliteBulkBatch');
      }
      const rows = batch.rows;
      let changes = 0;
      let lastInsertRowid: number | bigint = 0;
      const one = (i: number) => {
        try {
          const result = insert.run(...rows[i]!);
          changes += result.changes;
          lastInsertRowid = result.lastInsertRowid;
        } catch (error) {
          throw new SqliteBulkRowError(`${batch.describe(i)}: ${(error as Error).message}`, { cause: error });
        }
      };
      let i = 0;
      for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
        const fields: BulkField[] = [];
        for (let k = i; k < i + ROWS_PER_STATEMENT; k++) for (const field of rows[k]!) fields.push(field);
        try {
          const result = many.run(fields);
          changes += result.changes;
          lastInsertRowid = result.lastInsertRowid;
        } catch {
          // The failed statement changed nothing; row by row names the row at fault.
          for (let k = i; k < i + ROWS_PER_STATEMENT; k++) one(k);
        }
      }
      for (; i < rows.length; i++) one(i);
      return { changes, lastInsertRowid };
    },
  };
}
