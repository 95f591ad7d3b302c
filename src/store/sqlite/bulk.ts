// Bulk inserts on SQLite through Kysely's connection: statements prepared once and run for many rows at a time.
import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Starts the SQL of a bulk insert, so that the database wrapper below can tell it from other queries. */
const BULK_MARKER = '/* bulk */ ';

/** Starts the SQL of a statement to prepare once and keep (see `cachedSql`). */
const CACHED_MARKER = '/* cached */ ';

/**
 * Marks `sql` as a statement the connection prepares once and keeps for the next run with the same text (a
 * lookup run thousands of times in an import). Only for statements whose text does not vary with the data.
 */
export function cachedSql(sql: string): string {
  return CACHED_MARKER + sql;
}

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
    /**
     * Positions of the columns the statement shares (its `shared`, see `bulkInsertSql`): every row holds
     * the same value there (checked), bound once per statement instead of once per row.
     */
    readonly shared: readonly number[] = [],
  ) {}
}

/**
 * The SQL of a bulk insert into `columns` of `table`. Columns in `shared` take one value for all the rows of
 * a statement (`insert … select ?, column1, … from (values (…), (…))`): fewer parameters to bind per row,
 * for values that a whole load has in common (its edition, its source). Their batches must name the same
 * columns in `SqliteBulkBatch.shared`.
 */
export function bulkInsertSql(
  table: string,
  columns: readonly string[],
  shared: readonly string[] = [],
): string {
  const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
  if (shared.length === 0) {
    return `${BULK_MARKER}insert into "${table}" (${names}) values (${columns.map(() => '?').join(', ')})`;
  }
  let own = 0;
  const select = columns.map((c) => (shared.includes(c) ? '?' : `column${++own}`));
  if (own === 0) throw new TypeError('a bulk insert needs at least one column that is not shared');
  const tuple = Array<string>(own).fill('?').join(', ');
  return `${BULK_MARKER}insert into "${table}" (${names}) select ${select.join(', ')} from (values (${tuple}))`;
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
 * (the rest one by one), and the `cachedSql` statements, prepared once.
 */
export function withBulkInserts(database: Sqlite.Database): SqliteDatabase {
  const prepared = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      const bulk = sql.startsWith(BULK_MARKER);
      if (!bulk && !sql.startsWith(CACHED_MARKER)) return database.prepare(sql);
      let statement = prepared.get(sql);
      if (!statement) {
        statement = bulk ? bulkStatement(database, sql) : database.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function bulkStatement(database: Sqlite.Database, sql: string): SqliteStatement {
  const insert = database.prepare(sql);
  // `… values (?, ?)` or, with shared columns, `… from (values (?, ?))`: more tuples go after the first.
  const sharing = sql.endsWith('))');
  const head = sharing ? sql.slice(0, -1) : sql;
  const tuple = head.slice(head.lastIndexOf('('));
  const many = database.prepare(head + `, ${tuple}`.repeat(ROWS_PER_STATEMENT - 1) + (sharing ? ')' : ''));
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
      const { shared, own } = sharedFields(batch);
      const bind = (row: readonly BulkField[], fields: BulkField[]) => {
        if (own === null) for (const field of row) fields.push(field);
        else for (const c of own) fields.push(row[c]!);
      };
      let changes = 0;
      let lastInsertRowid: number | bigint = 0;
      const one = (i: number) => {
        try {
          const fields = [...shared];
          bind(rows[i]!, fields);
          const result = insert.run(fields);
          changes += result.changes;
          lastInsertRowid = result.lastInsertRowid;
        } catch (error) {
          throw new SqliteBulkRowError(`${batch.describe(i)}: ${(error as Error).message}`, { cause: error });
        }
      };
      let i = 0;
      for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
        const fields: BulkField[] = [...shared];
        for (let k = i; k < i + ROWS_PER_STATEMENT; k++) bind(rows[k]!, fields);
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

/** The values of a batch's shared columns (the same in every row, or a TypeError) and the positions of the others. */
function sharedFields(batch: SqliteBulkBatch): { shared: BulkField[]; own: number[] | null } {
  const first = batch.rows[0];
  if (batch.shared.length === 0 || first === undefined) return { shared: [], own: null };
  const shared = batch.shared.map((c) => first[c]!);
  for (const row of batch.rows) {
    for (let s = 0; s < shared.length; s++) {
      if (row[batch.shared[s]!] !== shared[s]) {
        throw new TypeError(`a bulk insert's shared column ${batch.shared[s]} differs between rows`);
      }
    }
  }
  const own: number[] = [];
  for (let c = 0; c < first.length; c++) if (!batch.shared.includes(c)) own.push(c);
  return { shared, own };
}
