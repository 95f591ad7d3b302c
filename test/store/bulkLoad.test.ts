// A bulk load of observed values in several inserts: on PostgreSQL keys taken off and put back (checked) at its end.
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { beginValueLoad } from '../../src/store/bulkLoad.js';
import { insertValueRows } from '../../src/store/insertValues.js';
import { listValues, StoreError, type Database } from '../../src/store/index.js';
import { valueFields } from '../../src/store/values.js';
import { describeEachDatabase } from './databases.js';
import { codes, countRows, MUNICIPALITIES, seed, value } from './fixtures.js';

/** At least `BULK_VALIDATION_MIN_ROWS` (20,000): 2,000 units × 10 variables. */
const UNITS = 2000;
const VARIABLES = Array.from({ length: 10 }, (_, i) => `v${i}`);

function loadRows(units: readonly string[]) {
  return units.flatMap((code, u) =>
    VARIABLES.map((variable, k) =>
      valueFields(value(code, variable, { value: u * 10 + k, row: u * 10 + k + 2 })),
    ),
  );
}

/** The constraints of observed_values by kind (`p` primary key, `f` foreign key), PostgreSQL only. */
async function constraints(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string; kind: string }>`select conname as name, contype as kind
    from pg_constraint where conrelid = 'observed_values'::regclass order by conname`.execute(db);
  return rows.map((r) => `${r.kind} ${r.name}`);
}

describeEachDatabase('beginValueLoad', (store, database) => {
  const postgres = database.dialect === 'postgres';

  it('loads without the primary key when told nothing is looked up by key, and builds it at the end', async () => {
    const { db } = store();
    const units = codes(UNITS);
    await seed(db, units);
    const rows = loadRows(units);
    const all = postgres ? await constraints(db) : [];
    await store().transaction(async (tx) => {
      const end = await beginValueLoad(tx, rows.length, { keyFree: true });
      // PostgreSQL: no key at all while loading (SQLite keeps everything).
      if (postgres) expect(await constraints(tx.db)).toEqual([]);
      await insertValueRows(tx, [rows.slice(0, 9000)]);
      await insertValueRows(tx, [rows.slice(9000)]);
      await end();
      if (postgres) expect(await constraints(tx.db)).toEqual(all);
    });
    if (postgres) expect(all).toEqual(expect.arrayContaining(['p observed_values_pk']));
    expect(await countRows(db, 'observed_values')).toBe(rows.length);
    const stored = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });
    expect(stored[12]).toMatchObject({ unitCode: units[1], variable: 'v2', value: 12, row: 14 });
    // The key is back and holds: the same key once more is refused.
    await expect(store().transaction((tx) => insertValueRows(tx, [[rows[5]!]]))).rejects.toThrow(StoreError);
  });

  it('keeps the primary key unless told so, dropping only the foreign keys', async () => {
    const { db } = store();
    const units = codes(UNITS);
    await seed(db, units);
    const rows = loadRows(units);
    await store().transaction(async (tx) => {
      const end = await beginValueLoad(tx, rows.length);
      if (postgres) expect(await constraints(tx.db)).toEqual(['p observed_values_pk']);
      await insertValueRows(tx, [rows]);
      await end();
    });
    expect(await countRows(db, 'observed_values')).toBe(rows.length);
  });

  it('names the key stored twice when it adds the primary key back, and the load rolls back', async () => {
    const { db } = store();
    const units = codes(UNITS);
    await seed(db, units);
    const rows = loadRows(units);
    // The same key as row 1234 (unit 123, v4) with another value, in a later insert of the same load.
    const twice = valueFields(value(units[123]!, 'v4', { value: -1 }));
    const load = store().transaction(async (tx) => {
      const end = await beginValueLoad(tx, rows.length, { keyFree: true });
      await insertValueRows(tx, [rows]);
      await insertValueRows(tx, [[twice]]);
      await end();
    });
    await expect(load).rejects.toThrow(StoreError);
    await expect(load).rejects.toThrow(
      postgres
        ? /observed_values_pk.*Key \(edition, unit_set, unit_code, variable\)=\(2023, municipalities, 00000124, v4\) is duplicated/
        : // SQLite keeps its key during the load: the insert itself is refused, naming the value.
          /observed value 2023\/municipalities\/00000124\/v4/,
    );
    expect(await countRows(db, 'observed_values')).toBe(0);
    if (postgres) {
      expect(await constraints(db)).toEqual(expect.arrayContaining(['p observed_values_pk']));
      expect((await constraints(db)).filter((c) => c.startsWith('f '))).not.toEqual([]);
    }
  });
});
