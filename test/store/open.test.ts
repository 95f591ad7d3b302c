import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listUnitSets,
  migrateToLatest,
  openStore,
  parseLocation,
  redactLocation,
  StoreError,
  upsertUnitSet,
  type Store,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';

/** The tables of the core migrations; other areas (crawl, jobs) add theirs, which these tests leave to them. */
const TABLES = [
  'computations',
  'editions',
  'geometries',
  'imports',
  'indicators',
  'observed_values',
  'results',
  'sources',
  'unit_sets',
  'units',
];

describe('parseLocation', () => {
  it.each([
    ['data/index.db', 'data/index.db'],
    ['/srv/index.db', '/srv/index.db'],
    [':memory:', ':memory:'],
    ['sqlite::memory:', ':memory:'],
    ['file::memory:', ':memory:'],
    ['sqlite:data/index.db', 'data/index.db'],
    ['file:data/my%20index.db?mode=rwc', 'data/my index.db'],
    ['sqlite:///srv/index.db', '/srv/index.db'],
    ['file:///srv/index.db', '/srv/index.db'],
  ])('reads %s as the SQLite file %s', (location, path) => {
    expect(parseLocation(location)).toEqual({ dialect: 'sqlite', path });
  });

  it.each(['postgres://user@host/db', 'postgresql://host:5432/db'])('reads %s as PostgreSQL', (location) => {
    expect(parseLocation(location)).toEqual({ dialect: 'postgres', url: location });
  });

  it.each(['', 'mysql://host/db', 'sqlite:', 'sqlite://host/index.db'])('rejects %j', (location) => {
    expect(() => parseLocation(location)).toThrow(StoreError);
  });
});

describe('redactLocation', () => {
  it.each([
    ['postgres://user:s3cret@db.example:5432/index', 'postgres://user:***@db.example:5432/index'],
    [
      'postgresql://:s3cret@host/db?options=-c%20search_path%3Dx',
      'postgresql://:***@host/db?options=-c%20search_path%3Dx',
    ],
    ['postgres://user:p%40ss@[::1]/db', 'postgres://user:***@[::1]/db'],
    ['postgres://user@host/db', 'postgres://user@host/db'],
    ['data/index.db', 'data/index.db'],
  ])('shows %s as %s', (location, shown) => {
    expect(redactLocation(location)).toBe(shown);
  });
});

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-open-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an unreachable PostgreSQL as a StoreError that hides the password', async () => {
    const opening = openStore('postgres://user:s3cret@127.0.0.1:1/index');
    await expect(opening).rejects.toThrow(StoreError);
    await expect(opening).rejects.toThrow(
      /^cannot connect to PostgreSQL at postgres:\/\/user:\*\*\*@127\.0\.0\.1:1\/index: \S/,
    );
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });

  it('reports a file in a missing directory as a StoreError', async () => {
    await expect(openStore(join(dir, 'missing', 'index.db'))).rejects.toThrow(StoreError);
  });

  it('reports a file that is not a database as a StoreError', async () => {
    const file = join(dir, 'not-a-database.db');
    writeFileSync(file, 'this is not SQLite '.repeat(100));
    await expect(openStore(file)).rejects.toThrow(StoreError);
  });

  it('opens a sqlite: URL', async () => {
    const store = await openStore(`sqlite://${join(dir, 'url.db')}`);
    expect(store.dialect).toBe('sqlite');
    await upsertUnitSet(store.db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
    await store.close();
    const again = await openStore(join(dir, 'url.db'));
    expect(await listUnitSets(again.db)).toHaveLength(1);
    await again.close();
  });
});

/** The store's tables; in PostgreSQL only those of the store's own schema (Kysely lists every schema). */
async function tablesOf(store: Store): Promise<string[]> {
  const schema =
    store.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]?.schema
      : undefined;
  const tables = await store.db.introspection.getTables();
  return tables
    .filter((t) => t.schema === schema)
    .map((t) => t.name)
    .sort();
}

describeEachDatabase('migrations', (store, database) => {
  it('creates every table', async () => {
    expect(await tablesOf(store())).toEqual(expect.arrayContaining(TABLES));
    // Migration 008 moved each value's provenance into observed_values.
    expect(await tablesOf(store())).not.toContain('value_provenance');
  });

  it('does nothing when run again on a migrated database', async () => {
    expect(await migrateToLatest(store().db, store().dialect)).toEqual([]);
    expect(await tablesOf(store())).toEqual(expect.arrayContaining(TABLES));
  });

  it.runIf(database.persistent)(
    'keeps data and applies nothing when the same file is opened twice',
    async () => {
      const location = await database.freshLocation();
      const applied = (store: Store) =>
        sql<{ name: string }>`select name from kysely_migration order by name`
          .execute(store.db)
          .then((r) => r.rows.map((row) => row.name));
      const first = await openStore(location);
      await upsertUnitSet(first.db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
      const names = await applied(first);
      await first.close();
      expect(names[0]).toBe('001_initial');

      const second = await openStore(location);
      try {
        expect(await migrateToLatest(second.db, second.dialect)).toEqual([]);
        expect(await applied(second)).toEqual(names);
        expect(await listUnitSets(second.db)).toEqual([
          { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' },
        ]);
      } finally {
        await second.close();
      }
    },
  );

  it.runIf(database.dialect === 'sqlite')('sets the SQLite pragmas', async () => {
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store().db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store().db);
    expect(journal.rows[0]?.journal_mode).toBe(database.persistent ? 'wal' : 'memory');
    const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store().db);
    expect(timeout.rows[0]?.timeout).toBe(5000);
  });
});
