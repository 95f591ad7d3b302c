// The pg pool handed to Kysely: UTF-8, integers that fit as numbers, a connect timeout, and COPY passed through.
import pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { CopyFromStdin, runCopy } from './copy.js';

/** How long opening a connection may take before it fails, unless the URL says otherwise. */
export const CONNECT_TIMEOUT_MS = 10_000;

const INT8_OID = 20;

/**
 * `count(*)` and other bigint results arrive as text from pg; they become numbers at this boundary when they
 * are exact (text otherwise, so that nothing is rounded silently). Every other type keeps pg's parser, so
 * `double precision` arrives as a JS number and `integer` as well.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID && format !== 'binary') return parseInt8;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

function parseInt8(text: string): number | string {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : text;
}

/** A pool for `url`; settings in the URL (e.g. `?options=-c search_path=…`, `connect_timeout`) win. */
export function createPool(url: string): PostgresPool {
  const pool = new pg.Pool({
    connectionString: url,
    client_encoding: 'UTF8',
    application_name: 'digitalindex',
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
  });
  // An idle connection that breaks (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  return new CopyingPool(pool);
}

/** Hands Kysely one wrapper per pg client (Kysely caches its connections by client). */
class CopyingPool implements PostgresPool {
  readonly #pool: pg.Pool;
  readonly #clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.#pool.connect();
    let wrapped = this.#clients.get(client);
    if (!wrapped) {
      wrapped = copyingClient(client);
      this.#clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}

/** Passes every query to pg, except a `CopyFromStdin` request, which it streams with COPY on the same client. */
function copyingClient(client: pg.PoolClient): PostgresPoolClient {
  const query = (sql: unknown, parameters?: readonly unknown[]): unknown => {
    const request = parameters?.length === 1 ? parameters[0] : undefined;
    if (typeof sql === 'string' && request instanceof CopyFromStdin) {
      return runCopy(client, sql, request).then((rowCount) => ({ command: 'COPY', rowCount, rows: [] }));
    }
    return parameters === undefined
      ? client.query(sql as pg.QueryConfig)
      : client.query(sql as string, parameters as unknown[]);
  };
  return {
    query: query as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}
