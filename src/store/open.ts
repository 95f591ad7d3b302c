// Opens a store at a location: chooses the dialect, connects, and migrates the schema to the newest version.
import { Kysely } from 'kysely';
import { createDialect } from './dialect.js';
import { parseLocation } from './location.js';
import { migrateToLatest } from './migrations/index.js';
import { checkPostgres } from './postgres/check.js';
import type { Database } from './schema.js';
import { storeFor, type Store } from './store.js';

/** Opens (creating if needed) the database at `location` (see `parseLocation`) and migrates it. */
export async function openStore(location: string): Promise<Store> {
  const target = parseLocation(location);
  const db = new Kysely<Database>({ dialect: createDialect(target) });
  try {
    if (target.dialect === 'postgres') await checkPostgres(db, target.url);
    await migrateToLatest(db, target.dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return storeFor(db, target.dialect);
}
