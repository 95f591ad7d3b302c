// The bulk paths of a large import: rows built directly, columns shared per statement, lookups by key, migration 007.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { ObservedValue } from '../../src/model/index.js';
import { insertValueRows } from '../../src/store/insertValues.js';
import { valuesWithoutRowid } from '../../src/store/migrations/007_values_without_rowid.js';
import {
  getValueProvenance,
  insertValueProvenance,
  PROVENANCE_COLUMNS,
  provenanceFields,
  toProvenanceRow,
  type ValueProvenance,
} from '../../src/store/provenance.js';
import { differingValuesOf, storedValuesOf } from '../../src/store/valueChanges.js';
import { toValueRow, VALUE_COLUMNS, valueFields } from '../../src/store/values.js';
import { listValues, StoreError, upsertUnits, upsertUnitSet } from '../../src/store/index.js';
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
  it('valueFields and provenanceFields give the columns in the order of VALUE_COLUMNS and PROVENANCE_COLUMNS', () => {
    const v = value('05913000', 'population', { value: -0, missingReason: null, confidential: true });
    const row = toValueRow(v);
    expect(valueFields(v)).toEqual(VALUE_COLUMNS.map((c) => row[c]));
    const p = provenance(v, { note: 'allocated by population' });
    const prow = toProvenanceRow(p);
    expect(provenanceFields(p)).toEqual(PROVENANCE_COLUMNS.map((c) => prow[c]));
  });
});

describeEachDatabase('bulk rows with shared columns', (store, database) => {
  it('stores through shared columns exactly what one value after the other stores', async () => {
    const { db } = store();
    const units = codes(130);
    await seed(db, units);
    const values = someValues(units);
    const shared = ['edition', 'unit_set', 'source_id', 'synthetic'] as const;
    // Uneven batches, some longer than an insert batch.
    const batches = [values.slice(0, 7), values.slice(7, 300), values.slice(300)].map((b) =>
      b.map(valueFields),
    );
    await store().transaction(async (tx) => {
      expect(await insertValueRows(tx, batches, [...shared])).toBe(values.length);
      await insertValueProvenance(
        tx,
        values.map((v) => provenance(v)),
        ['edition', 'unit_set', 'source_id', 'import_id'],
      );
    });
    const byKey = (a: ObservedValue, b: ObservedValue) =>
      a.unitCode === b.unitCode ? (a.variable < b.variable ? -1 : 1) : a.unitCode < b.unitCode ? -1 : 1;
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([...values].sort(byKey));
    for (const v of [values[0]!, values[200]!, values.at(-1)!]) {
      expect(await getValueProvenance(db, v)).toEqual(provenance(v));
    }
    expect(await countRows(db, 'value_provenance' as never)).toBe(values.length);
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
      const definition = async (table: string) =>
        (
          await sql<{
            sql: string;
          }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db)
        ).rows[0]!.sql;
      const units = codes(40);
      await seed(db, units);
      const values = someValues(units);
      await store().transaction(async (tx) => {
        await insertValueRows(tx, [values.map(valueFields)]);
        await insertValueProvenance(
          tx,
          values.map((v) => provenance(v)),
        );
      });
      expect(await definition('observed_values')).toMatch(/\) WITHOUT ROWID$/);
      expect(await definition('value_provenance')).toMatch(/\) WITHOUT ROWID$/);
      const before = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });

      await valuesWithoutRowid.down(db as never, 'sqlite');
      expect(await definition('observed_values')).not.toMatch(/WITHOUT ROWID/i);
      expect(await definition('observed_values')).toMatch(/constraint "observed_values_unit_fk" foreign key/);
      expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);

      await valuesWithoutRowid.up(db as never, 'sqlite');
      expect(await definition('observed_values')).toMatch(
        /^CREATE TABLE "observed_values" \(.*\) WITHOUT ROWID$/,
      );
      expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(before);
      expect(await getValueProvenance(db, values[5]!)).toEqual(provenance(values[5]!));
      // The foreign keys still hold: a value of an unknown unit is refused.
      await expect(
        store().transaction((tx) => insertValueRows(tx, [[valueFields(value('77777777', 'a'))]])),
      ).rejects.toThrow(StoreError);
    },
  );
});
