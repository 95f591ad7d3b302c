// Picks the Kysely dialect for a location; each database system lives in its own folder.
import type { Dialect } from 'kysely';
import type { StoreLocation } from './location.js';
import { createPostgresDialect } from './postgres/dialect.js';
import { createSqliteDialect } from './sqlite/dialect.js';

export function createDialect(location: StoreLocation): Dialect {
  switch (location.dialect) {
    case 'sqlite':
      return createSqliteDialect(location.path);
    case 'postgres':
      return createPostgresDialect(location.url);
  }
}
