// Picks the Kysely dialect for a location; each database system lives in its own folder.
import type { Dialect } from 'kysely';
import { StoreError } from './errors.js';
import type { StoreLocation } from './location.js';
import { createSqliteDialect } from './sqlite/dialect.js';

export function createDialect(location: StoreLocation): Dialect {
  switch (location.dialect) {
    case 'sqlite':
      return createSqliteDialect(location.path);
    case 'postgres':
      // Slot for `./postgres/dialect.js` (createPostgresDialect(location.url)), arriving with the data issue.
      throw new StoreError('PostgreSQL support arrives with the data issue; it is not implemented yet');
  }
}
