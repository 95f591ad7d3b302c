// PostgreSQL's own checks (schemas, collation, identity, counts); or, without TEST_DATABASE_URL, the one notice.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  insertValues,
  listUnitSets,
  openStore,
  StoreError,
  upsertUnitSet,
  type Store,
} from '../../src/store/index.js';
import { BULK_VALIDATION_MIN_ROWS } from '../../src/store/postgres/bulkInsert.js';
import { codes, countRows, seed, value } from './fixtures.js';
import { POSTGRES_SKIPPED, postgresSchemas, postgresUrl, withSearchPath } from './postgres-env.js';

const url = postgresUrl();

if (url === undefined) {
  console.warn(POSTGRES_SKIPPED);
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs every store test against PostgreSQL too', () => undefined);
  });
} else {
  const postgresUrl = url;
  describe('PostgreSQL', () => {
    const schemas = postgresSchemas(postgresUrl);
    afterAll(() => schemas.cleanup());

    async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
      const store = await openStore(await schemas.freshLocation());
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    }

    it('keeps stores in two schemas of one database apart, each with its own migrations', async () => {
      const first = await openStore(await schemas.freshLocation());
      const second = await openStore(await schemas.freshLocation());
      try {
        await upsertUnitSet(first.db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
        expect(await listUnitSets(first.db)).toHaveLength(1);
        expect(await listUnitSets(second.db)).toEqual([]);
        expect(await countRows(second.db, 'editions')).toBe(0);
      } finally {
        await first.close();
        await second.close();
      }
    });

    it('refuses a search_path that names no existing schema', async () => {
      const opening = openStore(withSearchPath(postgresUrl, 'no_such_schema_here'));
      await expect(opening).rejects.toThrow(StoreError);
      await expect(opening).rejects.toThrow(/no schema of the search_path exists/);
    });

    it('reports a wrong password as a StoreError without the password', async () => {
      const wrong = new URL(postgresUrl);
      wrong.password = 'wrong-Pa55word';
      const opening = openStore(wrong.toString());
      await expect(opening).rejects.toThrow(StoreError);
      await expect(opening).rejects.toThrow(/^cannot connect to PostgreSQL at postgres:\/\/[^:]*:\*\*\*@/);
      await expect(opening).rejects.not.toThrow(/wrong-Pa55word/);
    });

    /** The foreign keys of observed_values: name, definition and oid (new when a key was dropped and re-added). */
    async function foreignKeys(store: Store) {
      const { rows } = await sql<{ name: string; definition: string; oid: number }>`
        select conname as name, pg_get_constraintdef(oid) as definition, oid::int8 as oid from pg_constraint
        where conrelid = 'observed_values'::regclass and contype = 'f' order by conname`.execute(store.db);
      return rows;
    }

    const manyValues = (units: readonly string[], perUnit: number) =>
      units.flatMap((code) => Array.from({ length: perUnit }, (_, v) => value(code, `v${v}`, { value: v })));

    it('checks the foreign keys of a large insert once, at the end, and keeps them', async () => {
      await withStore(async (store) => {
        const units = codes(500);
        await seed(store.db, units);
        const before = await foreignKeys(store);
        expect(before.map((k) => k.name)).toHaveLength(3);

        await insertValues(
          store,
          units.slice(0, 10).map((code) => value(code, 'small')),
        );
        expect(await foreignKeys(store)).toEqual(before);

        const values = manyValues(units, 50);
        expect(values.length).toBeGreaterThanOrEqual(BULK_VALIDATION_MIN_ROWS);
        expect(await insertValues(store, values)).toBe(25_000);
        const after = await foreignKeys(store);
        expect(after.map(({ name, definition }) => ({ name, definition }))).toEqual(
          before.map(({ name, definition }) => ({ name, definition })),
        );
        expect(after.map((k) => k.oid)).not.toEqual(before.map((k) => k.oid));
        await expect(insertValues(store, [value('99999999', 'x')])).rejects.toThrow(/99999999/);
      });
    });

    it('fails a large insert with an unknown unit, names it, and keeps the foreign keys', async () => {
      await withStore(async (store) => {
        const units = codes(500);
        await seed(store.db, units);
        const before = await foreignKeys(store);
        const values = [...manyValues(units, 50), value('99999999', 'v1', { row: 7 })];
        const inserting = insertValues(store, values);
        await expect(inserting).rejects.toThrow(StoreError);
        await expect(inserting).rejects.toThrow(/observed_values_unit_fk.*\(municipalities, 99999999\)/s);
        expect(await countRows(store.db, 'observed_values')).toBe(0);
        expect(await foreignKeys(store)).toEqual(before);
      });
    });

    it('makes every text column byte-ordered (COLLATE "C")', async () => {
      await withStore(async (store) => {
        const { rows } = await sql<{
          table_name: string;
          column_name: string;
          collation_name: string | null;
        }>`
          select table_name, column_name, collation_name from information_schema.columns
          where table_schema = current_schema() and data_type = 'text'
            and table_name not like 'kysely\\_%'`.execute(store.db);
        expect(rows.length).toBeGreaterThan(30);
        expect(rows.filter((r) => r.collation_name !== 'C')).toEqual([]);
      });
    });

    it('numbers computations by an identity column and counts come back as numbers', async () => {
      await withStore(async (store) => {
        const { rows } = await sql<{ is_identity: string; data_type: string }>`
          select is_identity, data_type from information_schema.columns
          where table_schema = current_schema() and table_name = 'computations' and column_name = 'id'`.execute(
          store.db,
        );
        expect(rows).toEqual([{ is_identity: 'YES', data_type: 'integer' }]);
        const count = await store.db
          .selectFrom('units')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        expect(count.n).toBe(0);
        const big = await sql<{ n: unknown }>`select 9007199254740993::bigint as n`.execute(store.db);
        expect(big.rows[0]?.n).toBe('9007199254740993');
      });
    });
  });
}
