// Bulk insert of observed values: streaming batches, all or nothing, errors that name the value at fault.
import { expect, it } from 'vitest';
import type { ObservedValue } from '../../src/model/index.js';
import {
  insertValues,
  INSERT_BATCH_ROWS,
  listValues,
  replaceEditionValues,
  StoreError,
  upsertSource,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { codes, countRows, MUNICIPALITIES, seed, value } from './fixtures.js';

const byKey = (a: ObservedValue, b: ObservedValue) =>
  Buffer.compare(Buffer.from(`${a.unitCode}\0${a.variable}`), Buffer.from(`${b.unitCode}\0${b.variable}`));

/** 20,000 values: 400 units × 50 variables, with nulls, missing reasons and confidential flags. */
function manyValues(units: readonly string[]): ObservedValue[] {
  return units.flatMap((code, u) =>
    Array.from({ length: 50 }, (_, v) =>
      v % 7 === 0
        ? value(code, `var_${v}`, { value: null, missingReason: 'unknown', row: null })
        : value(code, `var_${v}`, {
            value: (u * 50 + v) / 7,
            row: u * 50 + v + 2,
            confidential: v % 5 === 0,
          }),
    ),
  );
}

/** Yields `values` in batches of uneven size, with some single values in between, asynchronously. */
async function* stream(values: readonly ObservedValue[]): AsyncGenerator<ObservedValue | ObservedValue[]> {
  let i = 0;
  while (i < values.length) {
    await Promise.resolve();
    if (i % 3 === 0) {
      const single = values[i];
      if (single) yield single;
      i += 1;
    } else {
      yield values.slice(i, i + 777);
      i += 777;
    }
  }
}

describeEachDatabase('insertValues', (store) => {
  it('inserts 20,000 values streamed in batches and reads them back in key order', async () => {
    const { db } = store();
    const units = codes(400);
    await seed(db, units);
    const values = manyValues(units);
    expect(values.length).toBe(20_000);
    expect(values.length).toBeGreaterThan(5 * INSERT_BATCH_ROWS);

    expect(await insertValues(store(), stream([...values].reverse()))).toBe(20_000);
    expect(await countRows(db, 'observed_values')).toBe(20_000);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([...values].sort(byKey));
  });

  it('takes an array, a plain iterable of batches, and nothing at all', async () => {
    const { db } = store();
    await seed(db, ['05911000', '05913000']);
    expect(await insertValues(store(), [value('05911000', 'a'), value('05913000', 'a')])).toBe(2);
    expect(await insertValues(store(), [[value('05911000', 'b')], [], [value('05913000', 'b')]])).toBe(2);
    expect(await insertValues(store(), [])).toBe(0);
    expect((await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).map((v) => v.variable)).toEqual(
      ['a', 'b', 'a', 'b'],
    );
  });

  it('round-trips text that COPY must escape', async () => {
    const { db } = store();
    await seed(db, ['05911000']);
    const texts = [
      'a\tb',
      'line\nbreak',
      'cr\rlf',
      'back\\slash',
      '\\N',
      '\\.',
      '\\',
      'quote\'"',
      'ü€😀',
      'ä\tb\\c\nd\re',
      'ctrl\u0001\u001f',
      ' ',
    ];
    const sourceId = 'src\t\\N';
    await upsertSource(db, {
      id: sourceId,
      publisher: 'p',
      table: null,
      title: null,
      licence: null,
      retrieved: null,
      fileName: null,
      fileHash: null,
      synthetic: false,
    });
    const values = texts.map((text) => value('05911000', text, { referenceDate: text, sourceId }));
    await insertValues(store(), values);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([...values].sort(byKey));
  });

  it('refuses a value that is stored already, names it, and inserts none of the call', async () => {
    const { db } = store();
    const units = codes(10);
    await seed(db, units);
    await replaceEditionValues(db, 2023, [value('00000007', 'x', { value: 1 })]);
    const values = units.flatMap((code) => ['w', 'x', 'y'].map((variable) => value(code, variable)));
    const inserting = insertValues(store(), values);
    await expect(inserting).rejects.toThrow(StoreError);
    await expect(inserting).rejects.toThrow(/^cannot insert observed values: .*00000007.*x/s);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([
      value('00000007', 'x', { value: 1 }),
    ]);
  });

  it('refuses a duplicate inside the call and a value of an unknown unit', async () => {
    const { db } = store();
    await seed(db, codes(3));
    const twice = [value('00000001', 'a'), value('00000002', 'a'), value('00000001', 'a')];
    await expect(insertValues(store(), twice)).rejects.toThrow(StoreError);
    const stranger = [value('00000001', 'a'), value('99999999', 'a', { row: 12 })];
    await expect(insertValues(store(), stranger)).rejects.toThrow(/99999999/);
    const unsourced = [value('00000003', 'a', { sourceId: 'no-such-source' })];
    await expect(insertValues(store(), unsourced)).rejects.toThrow(StoreError);
    expect(await countRows(db, 'observed_values')).toBe(0);
  });

  it('rethrows an error of the source as it is, writes nothing, and leaves the store usable', async () => {
    const { db } = store();
    const units = codes(200);
    await seed(db, units);
    const values = manyValues(units);
    const failure = new Error('bad line 5001');
    async function* failing(): AsyncGenerator<ObservedValue[]> {
      yield values.slice(0, 5000);
      await Promise.resolve();
      throw failure;
    }
    await expect(insertValues(store(), failing())).rejects.toBe(failure);
    expect(await countRows(db, 'observed_values')).toBe(0);
    expect(await insertValues(store(), values.slice(0, 100))).toBe(100);
    expect(await countRows(db, 'observed_values')).toBe(100);
  });

  it("joins the caller's transaction: rolled back with it, committed with it", async () => {
    const { db } = store();
    await seed(db, codes(100));
    const values = manyValues(codes(100));
    await expect(
      store().transaction(async (tx) => {
        expect(await insertValues(tx, values)).toBe(5000);
        expect(await countRows(tx.db, 'observed_values')).toBe(5000);
        throw new Error('import aborted');
      }),
    ).rejects.toThrow('import aborted');
    expect(await countRows(db, 'observed_values')).toBe(0);

    await store().transaction(async (tx) => {
      await insertValues(tx, values.slice(0, 10));
      await insertValues(tx, values.slice(10, 30));
    });
    expect(await countRows(db, 'observed_values')).toBe(30);
  });
});
