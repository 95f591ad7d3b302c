// PostgreSQL through node-postgres (pg): Kysely's dialect over the store's pool.
import { PostgresDialect } from 'kysely';
import { createPool } from './pool.js';

/** Connects lazily: `checkPostgres` (called by `openStore`) makes the first connection and reports failures. */
export function createPostgresDialect(url: string): PostgresDialect {
  return new PostgresDialect({ pool: createPool(url) });
}
