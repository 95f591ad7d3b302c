// PostgreSQL for the store tests: TEST_DATABASE_URL (a postgres:// URL) turns it on, REQUIRE_POSTGRES=1 demands it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { parseLocation, redactLocation } from '../../src/store/index.js';
import type { TestDatabase } from './databases.js';

/** The line shown (once, by postgres.test.ts) when the PostgreSQL runs are left out. */
export const POSTGRES_SKIPPED =
  'PostgreSQL: skipped, TEST_DATABASE_URL not set (bash .ci/postgres.sh prints one)';

/** The PostgreSQL URL to test against, or undefined; throws when REQUIRE_POSTGRES=1 and it is missing or bad. */
export function postgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.TEST_DATABASE_URL?.trim() || undefined;
  if (url === undefined) {
    if (env.REQUIRE_POSTGRES === '1') throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
    return undefined;
  }
  if (parseLocation(url).dialect !== 'postgres') {
    throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, not ${redactLocation(url)}`);
  }
  return url;
}

/** Connects once to fail early, with a clear message, when the server is not there. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL ${redactLocation(url)} is unreachable: ${String(error)}`, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `url` with `schema` as its search_path (libpq's `options` parameter, which pg reads too). */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  parsed.searchParams.set('options', `${options ? `${options} ` : ''}-c search_path=${schema}`);
  return parsed.toString();
}

/** A new, empty schema per location (cheap, and as isolated as a database); dropped by `cleanup`. */
export function postgresSchemas(url: string): TestDatabase {
  let admin: pg.Client | undefined;
  const created: string[] = [];
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  return {
    name: 'postgres',
    dialect: 'postgres',
    persistent: true,
    async freshLocation() {
      if (!admin) {
        admin = new pg.Client({ connectionString: url });
        await admin.connect();
      }
      const schema = `store_test_${run}_${created.length + 1}`;
      await admin.query(`create schema "${schema}"`);
      created.push(schema);
      return withSearchPath(url, schema);
    },
    async cleanup() {
      const client = admin;
      admin = undefined;
      if (!client) return;
      try {
        for (const schema of created.splice(0))
          await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
