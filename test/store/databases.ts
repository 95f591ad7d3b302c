// The databases every store test runs against. PostgreSQL joins this list when the store supports it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { openStore, type DialectName, type Store } from '../../src/store/index.js';

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
