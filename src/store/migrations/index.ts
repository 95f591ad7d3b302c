// Brings a database to the newest schema with Kysely's Migrator and a static list (works from dist/ too).
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from '../errors.js';
import type { DialectName } from '../location.js';
import { currentSchema } from '../postgres/check.js';
import type { Database } from '../schema.js';
import { initial } from './001_initial.js';
import { geometries } from './002_geometries.js';
import { provenance } from './003_provenance.js';
import { crawlFirms } from './004_crawl_firms.js';
import { crawlFrontier } from './005_crawl_frontier.js';
import { jobs } from './006_jobs.js';
import { valuesWithoutRowid } from './007_values_without_rowid.js';
import { provenanceInValues } from './008_provenance_in_values.js';
import type { StoreMigration } from './migration.js';

/** Every migration, keyed by name; the Migrator applies them in name order. Never rename or edit one. */
const MIGRATIONS: Record<string, StoreMigration> = {
  '001_initial': initial,
  '002_geometries': geometries,
  '003_provenance': provenance,
  '004_crawl_firms': crawlFirms,
  '005_crawl_frontier': crawlFrontier,
  '006_jobs': jobs,
  '007_values_without_rowid': valuesWithoutRowid,
  '008_provenance_in_values': provenanceInValues,
};

function provider(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {};
  for (const [name, migration] of Object.entries(MIGRATIONS)) {
    migrations[name] = {
      up: (db) => migration.up(db, dialect),
      down: (db) => migration.down(db, dialect),
    };
  }
  return { getMigrations: () => Promise.resolve(migrations) };
}

/** Applies every migration not applied yet; returns the names of those it applied (none on a current database). */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  // In PostgreSQL the migration tables live beside the store's tables, in the current schema: without the
  // schema, Kysely would take another schema's `kysely_migration` for this one's.
  const schema = dialect === 'postgres' ? await currentSchema(db) : undefined;
  const migrator = new Migrator({
    db,
    provider: provider(dialect),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreError(`migration ${failed ?? '(setup)'} failed: ${message}`, { cause: error });
  }
  return results.map((r) => r.migrationName);
}
