// The bulk paths of a large import: rows built directly, columns shared per statement, lookups by key,
// migrations 007 and 008.
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ObservedValue } from '../../src/model/index.js';
import { insertValueRows } from '../../src/store/insertValues.js';
import { valuesWithoutRowid } from '../../src/store/migrations/007_values_without_rowid.js';
import { provenanceInValues } from '../../src/store/migrations/008_provenance_in_values.js';
import { getValueProvenance, type ValueProvenance } from '../../src/store/provenance.js';
import { differingValuesOf, storedValuesOf } from '../../src/store/valueChanges.js';
import {
  importedValueFields,
  toValueRow,
  VALUE_COLUMNS,
  valueFields,
  type ValueOrigin,
} from '../../src/store/values.js';
import { listValues, StoreError, upsertUnits, upsertUnitSet, type Database } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { codes, countRows, MUNICIPALITIES, seed, unit, value } from './fixtures.js';

const OTHER_SET = 'districts';

function provenance(v: ObservedValue, overrides: Partial<ValueProvenance> = {}): ValueProvenance {
  return {
    edition: v.edition,
    unitSet: v.unitSet,
    unitCode: v.unitCode,
    variable: v.variable,
    sourceId: v.sourceId,
    importId: 3,
    column: 'value',
    regionKey: v.unitCode.replace(/^0/, ''),
    quality: v.row !== null && v.row % 3 === 0 ? 'p' : null,
    note: null,
    ...overrides,
  };
}

function originOf(p: ValueProvenance): ValueOrigin {
  return { importId: p.importId, column: p.column, regionKey: p.regionKey, quality: p.quality, note: p.note };
}

/** The row of a value as an import writes it, with the provenance of `provenance(v)`. */
function imported(v: ObservedValue): readonly (string | number | null)[] {
  return importedValueFields(v, originOf(provenance(v)));
}

/** 3 variables for each of `units`, with nulls, missing reasons, confidential values and a second date. */
function someValues(units: readonly string[], unitSet = MUNICIPALITIES): ObservedValue[] {
  return units.flatMap((code, u) =>
    ['a', 'b', 'c'].map((variable, k) =>
      value(code, variable, {
        unitSet,
        value: k === 2 && u % 4 === 0 ? null : u * 3 + k + 0.25,
        missingReason: k === 2 && u % 4 === 0 ? 'unknown' : null,
        referenceDate: u % 5 === 0 ? '2023-06-30' : '2023-12-31',
        row: u * 3 + k + 2,
        confidential: u % 7 === 0,
      }),
    ),
  );
}

describe('row builders', () => {
  it('valueFields and importedValueFields give the columns in the order of VALUE_COLUMNS', () => {
    const v = value('05913000', 'population', { value: -0, missingReason: null, confidential: true });
    const row = toValueRow(v);
    expect(valueFields(v)).toEqual(VALUE_COLUMNS.map((c) => row[c]));
    expect(row).toMatchObject({ value: 0, import_id: null, column_name: null, region_key: null, note: null });
    const origin = originOf(provenance(v, { quality: 'p', note: 'allocated by population' }));
    const withOrigin = toValueRow(v, origin);
    expect(importedValueFields(v, origin)).toEqual(VALUE_COLUMNS.map((c) => withOrigin[c]));
    expect(withOrigin).toMatchObject({
      import_id: 3,
      column_name: 'value',
      region_key: '5913000',
      quality: 'p',
      note: 'allocated by population',
    });
  });
});

describeEachDatabase('bulk rows with shared columns', (store, database) => {
  it('stores through shared columns exactly what one value after the other stores', async () => {
    const { db } = store();
    const units = codes(130);
    await seed(db, units);
    const values = someValues(units);
    const shared = ['edition', 'unit_set', 'source_id', 'synthetic', 'import_id'] as const;
    // Uneven batches, some longer than an insert batch.
    const batches = [values.slice(0, 7), values.slice(7, 300), values.slice(300)].map((b) => b.map(imported));
    await store().transaction(async (tx) => {
      expect(await insertValueRows(tx, batches, [...shared])).toBe(values.length);
    });
    const byKey = (a: ObservedValue, b: ObservedValue) =>
      a.unitCode === b.unitCode ? (a.variable < b.variable ? -1 : 1) : a.unitCode < b.unitCode ? -1 : 1;
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([...values].sort(byKey));
    // Quality differs between rows (every third row provisional), so each row carried its own.
    for (const v of [values[0]!, values[199]!, values[200]!, values.at(-1)!]) {
      expect(await getValueProvenance(db, v)).toEqual(provenance(v));
    }
    expect(provenance(values[199]!).quality).not.toBe(provenance(values[200]!).quality);
    expect(await countRows(db, 'observed_values')).toBe(values.length);
  });

  it("gives no provenance for a value no import wrote, nor for another source than the value's", async () => {
    const { db } = store();
    const units = codes(4);
    await seed(db, units);
    const [plain, fromImport] = [value(units[0]!, 'a'), value(units[1]!, 'a')];
    await store().transaction((tx) => insertValueRows(tx, [[valueFields(plain), imported(fromImport)]]));
    expect(await getValueProvenance(db, plain)).toBeUndefined();
    expect(await getValueProvenance(db, fromImport)).toEqual(provenance(fromImport));
    expect(await getValueProvenance(db, { ...fromImport, sourceId: 'src-b' })).toBeUndefined();
    expect(await getValueProvenance(db, { ...fromImport, unitCode: units[2]! })).toBeUndefined();
  });

  it('names the value at fault when a row of a shared-column insert breaks the key, and stores nothing', async () => {
    const { db } = store();
    const units = codes(60);
    await seed(db, units);
    const values = someValues(units);
    values.push({ ...values[100]!, value: 1 });
    const rows = values.map(valueFields);
    await expect(
      store().transaction((tx) => insertValueRows(tx, [rows], ['edition', 'source_id', 'synthetic'])),
    ).rejects.toThrow(StoreError);
    await expect(
      store().transaction((tx) => insertValueRows(tx, [rows], ['edition', 'source_id', 'synthetic'])),
    ).rejects.toThrow(new RegExp(values[100]!.unitCode));
    expect(await countRows(db, 'observed_values')).toBe(0);
  });

  it.runIf(database.dialect === 'sqlite')(
    'refuses a batch whose "shared" column differs between rows (SQLite binds it once)',
    async () => {
      const { db } = store();
      const units = codes(10);
      await seed(db, units);
      const values = someValues(units);
      const rows = values.map(valueFields);
      await expect(
        store().transaction((tx) => insertValueRows(tx, [rows], ['edition', 'reference_date'])),
      ).rejects.toThrow(/shared column 6 differs/);
      expect(await countRows(db, 'observed_values')).toBe(0);
    },
  );

  it('looks stored values up by key: many codes at once, no variable no key names, across unit sets', async () => {
    const { db } = store();
    const units = codes(620);
    await seed(db, units);
    await upsertUnitSet(db, { code: OTHER_SET, nameDe: 'Kreise', nameEn: 'Districts' });
    await upsertUnits(
      db,
      units.slice(0, 5).map((code) => unit(code, { unitSet: OTHER_SET })),
    );
    const values = [...someValues(units), ...someValues(units.slice(0, 5), OTHER_SET)];
    await store().transaction((tx) => insertValueRows(tx, [values.map(valueFields)]));

    // 600 codes of variable a (more than one SQLite lookup holds), b of two codes, a code without values.
    const keys = [
      ...units.slice(0, 600).map((unitCode) => ({ unitSet: MUNICIPALITIES, unitCode, variable: 'a' })),
      { unitSet: MUNICIPALITIES, unitCode: units[3]!, variable: 'b' },
      { unitSet: MUNICIPALITIES, unitCode: units[601]!, variable: 'b' },
      { unitSet: MUNICIPALITIES, unitCode: '99999999', variable: 'a' },
      { unitSet: OTHER_SET, unitCode: units[4]!, variable: 'c' },
    ];
    const found = await storedValuesOf(store(), 2023, keys);
    // Every stored key asked for, and a unit's other variables among those asked for (a and b of 601 units,
    // c of the one district): never a variable no key asks for.
    expect(found.size).toBe(601 * 2 + 1);
    const cell = (unitSet: string, unitCode: string, variable: string) =>
      found.get(`${unitSet}\u0000${unitCode}\u0000${variable}`);
    const expected = values.find(
      (v) => v.unitSet === OTHER_SET && v.unitCode === units[4] && v.variable === 'c',
    )!;
    expect(cell(OTHER_SET, units[4]!, 'c')).toEqual({
      value: expected.value,
      missingReason: expected.missingReason,
      confidential: expected.confidential,
      referenceDate: expected.referenceDate,
    });
    expect(cell(MUNICIPALITIES, units[599]!, 'a')?.value).toBe(599 * 3 + 0.25);
    expect(cell(MUNICIPALITIES, units[601]!, 'b')?.value).toBe(601 * 3 + 1.25);
    // No key asks for c of a municipality: none comes; nothing of the unit without values.
    expect(cell(MUNICIPALITIES, units[3]!, 'c')).toBeUndefined();
    expect(cell(MUNICIPALITIES, units[0]!, 'c')).toBeUndefined();
    expect(cell(MUNICIPALITIES, '99999999', 'a')).toBeUndefined();
    expect(await storedValuesOf(store(), 2024, keys)).toEqual(new Map());
  });
});

describeEachDatabase('differingValuesOf', (store, database) => {
  it.runIf(database.dialect === 'postgres')(
    'sends back, by position, only the new values and those that differ (with the stored state)',
    async () => {
      const { db } = store();
      const units = codes(8);
      await seed(db, units);
      const stored = [
        value(units[0]!, 'a', { value: 0.1 + 0.2 }),
        value(units[1]!, 'a', { value: null, missingReason: 'unknown' }),
        value(units[2]!, 'a', { value: 0 }),
        value(units[3]!, 'a', { value: 1e-300, confidential: true }),
        value(units[4]!, 'a', { value: 5 }),
        value(units[5]!, 'a', { value: 5, referenceDate: '2023-06-30' }),
        value(units[6]!, 'a', { value: 123456789.123456 }),
      ];
      await store().transaction((tx) => insertValueRows(tx, [stored.map(valueFields)]));
      const incoming = [
        { ...stored[0]!, value: 0.30000000000000004 }, // 0 equal (the same double)
        { ...stored[1]! }, // 1 equal (no value, same reason)
        { ...stored[2]!, value: -0 }, // 2 equal (-0 is 0)
        { ...stored[3]!, confidential: false }, // 3 differs in confidentiality
        { ...stored[4]!, value: 5.000000000000001 }, // 4 differs by one ulp
        { ...stored[5]!, referenceDate: '2023-12-31' }, // 5 differs in its date
        { ...stored[6]!, value: null, missingReason: 'suppressed' as const }, // 6 differs: no value now
        value(units[7]!, 'a'), // 7 new
        { ...stored[4]!, variable: 'b' }, // 8 new (other variable)
        { ...stored[0]! }, // 9 equal, a repeated key
      ];
      const found = await differingValuesOf(db, 2023, incoming);
      expect([...found.keys()].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 7, 8]);
      expect(found.get(7)).toBeNull();
      expect(found.get(8)).toBeNull();
      expect(found.get(3)).toEqual({
        value: 1e-300,
        missingReason: null,
        confidential: true,
        referenceDate: '2023-12-31',
      });
      expect(found.get(4)?.value).toBe(5);
      expect(found.get(5)?.referenceDate).toBe('2023-06-30');
      expect(found.get(6)).toEqual({
        value: 123456789.123456,
        missingReason: null,
        confidential: false,
        referenceDate: '2023-12-31',
      });
      expect(await differingValuesOf(db, 2023, stored)).toEqual(new Map());
    },
  );
});

describeEachDatabase('migration 007', (store, database) => {
  it.runIf(database.dialect === 'sqlite')(
    'rebuilds observed_values and value_provenance WITHOUT ROWID on SQLite, keeping every row (and back)',
    async () => {
      const { db } = store();
      const units = codes(40);
      await seed(db, units);
      const values = someValues(units);
      await store().transaction((tx) => insertValueRows(tx, [values.map(imported)]));
      // Back to the schema 007 made (value_provenance separate), to take 007 down and up again.
      await provenanceInValues.down(db as never, 'sqlite');
      expect(await definition(db, 'observed_values')).toMatch(/\) WITHOUT ROWID$/);
      expect(await definition(db, 'value_provenance')).toMatch(/\) WITHOUT ROWID$/);
      const before = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });

      await valuesWithoutRowid.down(db as never, 'sqlite');
      expect(await definition(db, 'observed_values')).not.toMatch(/WITHOUT ROWID/i);
      expect(await definition(db, 'value_provenance')).not.toMatch(/WITHOUT ROWID/i);
      expect(await definition(db, 'observed_values')).toMatch(
        /constraint "observed_values_unit_fk" foreign key/,
      );
      expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);

      await valuesWithoutRowid.up(db as never, 'sqlite');
      expect(await definition(db, 'observed_values')).toMatch(
        /^CREATE TABLE "observed_values" \(.*\) WITHOUT ROWID$/,
      );
      await provenanceInValues.up(db as never, 'sqlite');
      expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);
      expect(await getValueProvenance(db, values[5]!)).toEqual(provenance(values[5]!));
      // The foreign keys still hold: a value of an unknown unit is refused.
      await expect(
        store().transaction((tx) => insertValueRows(tx, [[valueFields(value('77777777', 'a'))]])),
      ).rejects.toThrow(StoreError);
    },
  );
});

describeEachDatabase('migration 008', (store, database) => {
  it('moves provenance into observed_values where key and source match, dropping stale rows (and back)', async () => {
    const { db } = store();
    const dialect = database.dialect;
    const units = codes(40);
    await seed(db, units);
    const values = someValues(units);
    // Every other value from an import (with provenance), the others plain (as `run` writes them).
    const isImported = (i: number) => i % 2 === 0;
    await store().transaction((tx) =>
      insertValueRows(tx, [values.map((v, i) => (isImported(i) ? imported(v) : valueFields(v)))]),
    );
    const before = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });
    const importedCount = values.filter((_, i) => isImported(i)).length;

    await provenanceInValues.down(db as never, dialect);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);
    await expect(sql`select import_id from observed_values`.execute(db)).rejects.toThrow(/import_id/);
    if (dialect === 'sqlite') {
      expect(await definition(db, 'observed_values')).toMatch(/\) WITHOUT ROWID$/);
      expect(await definition(db, 'value_provenance')).toMatch(/\) WITHOUT ROWID$/);
    }
    const rows = await sql<Record<string, unknown>>`select * from value_provenance
      order by unit_code, variable`.execute(db);
    expect(rows.rows).toHaveLength(importedCount);
    // Ordered by unit and variable as `values` is: the third row is the third imported value, values[4].
    const p = provenance(values[4]!);
    expect(rows.rows[2]).toEqual({
      edition: 2023,
      unit_set: MUNICIPALITIES,
      unit_code: p.unitCode,
      variable: p.variable,
      source_id: 'src-a',
      import_id: 3,
      column_name: 'value',
      region_key: p.regionKey,
      quality: p.quality,
      note: null,
    });

    // A stale row (its value now comes from another source) and a row that matches a plain value's source.
    const stale = values[1]!;
    const matching = values[3]!;
    for (const [v, sourceId, note] of [
      [stale, 'src-old', 'stale'],
      [matching, 'src-a', 'matching'],
    ] as const) {
      await sql`insert into value_provenance (edition, unit_set, unit_code, variable, source_id, import_id, note)
        values (${v.edition}, ${v.unitSet}, ${v.unitCode}, ${v.variable}, ${sourceId}, 9, ${note})`.execute(
        db,
      );
    }

    await provenanceInValues.up(db as never, dialect);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);
    await expect(sql`select count(*) from value_provenance`.execute(db)).rejects.toThrow(/value_provenance/);
    for (const i of [0, 2, 50, values.length - 2]) {
      expect(await getValueProvenance(db, values[i]!)).toEqual(provenance(values[i]!));
    }
    expect(await getValueProvenance(db, stale)).toBeUndefined();
    expect(await getValueProvenance(db, { ...stale, sourceId: 'src-old' })).toBeUndefined();
    expect(await getValueProvenance(db, matching)).toMatchObject({
      importId: 9,
      note: 'matching',
      column: null,
    });
    const withImport = await sql<{ n: number | string }>`select count(*) as n from observed_values
      where import_id is not null`.execute(db);
    expect(Number(withImport.rows[0]!.n)).toBe(importedCount + 1);
  });
});

async function definition(db: Kysely<Database>, table: string): Promise<string> {
  const { rows } = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db);
  return rows[0]!.sql;
}
