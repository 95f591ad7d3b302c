// The databases every store test runs against: SQLite in memory and in a file, and PostgreSQL when configured.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { openStore, type DialectName, type Store } from '../../src/store/index.js';
import { assertReachable, postgresSchemas, postgresUrl } from './postgres-env.js';

export interface TestDatabase {
  name: string;
  dialect: DialectName;
  /** The location of a new, empty database (a new one on every call). */
  freshLocation(): Promise<string>;
  /** Whether the data survives `close()`, so that a test can open the same location again. */
  persistent: boolean;
  /** Removes whatever `freshLocation` created. */
  cleanup(): Promise<void>;
}

function sqliteFile(): TestDatabase {
  let dir: string | undefined;
  let count = 0;
  return {
    name: 'sqlite-file',
    dialect: 'sqlite',
    persistent: true,
    freshLocation: () => {
      dir ??= mkdtempSync(join(tmpdir(), 'store-test-'));
      count += 1;
      return Promise.resolve(join(dir, `store-${count}.db`));
    },
    cleanup: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = undefined;
      return Promise.resolve();
    },
  };
}

export const databases: TestDatabase[] = [
  {
    name: 'sqlite-memory',
    dialect: 'sqlite',
    persistent: false,
    freshLocation: () => Promise.resolve(':memory:'),
    cleanup: () => Promise.resolve(),
  },
  sqliteFile(),
];

// TEST_DATABASE_URL adds PostgreSQL (a fresh schema per test); with REQUIRE_POSTGRES=1 its absence or an
// unreachable server fails every file that imports this one. Without it, postgres.test.ts says so once.
const postgres = postgresUrl();
if (postgres !== undefined) {
  if (process.env.REQUIRE_POSTGRES === '1') await assertReachable(postgres);
  databases.push(postgresSchemas(postgres));
}

/**
 * Declares `body` once per database. Each test gets a fresh, migrated store from `store()`, closed after it.
 */
export function describeEachDatabase(
  title: string,
  body: (store: () => Store, database: TestDatabase) => void,
): void {
  for (const database of databases) {
    describe(`${title} [${database.name}]`, () => {
      let current: Store | undefined;
      beforeEach(async () => {
        current = await openStore(await database.freshLocation());
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      afterAll(() => database.cleanup());
      body(() => {
        if (!current) throw new Error('the store is open only inside a test');
        return current;
      }, database);
    });
  }
}
