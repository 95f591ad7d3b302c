import { expect, it } from 'vitest';
import type { ObservedValue } from '../../src/model/index.js';
import { BATCH_ROWS } from '../../src/store/batch.js';
import { listValues, replaceEditionValues, StoreError } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { codes, countRows, MUNICIPALITIES, seed, value } from './fixtures.js';

const byKey = (a: ObservedValue, b: ObservedValue) =>
  a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : a.variable < b.variable ? -1 : 1;

describeEachDatabase('values', (store) => {
  it('round-trips every field, ordered by unit code then variable', async () => {
    const { db } = store();
    await seed(db, ['05911000', '01001000']);
    const values = [
      value('05911000', 'population', { value: 364_454, row: null }),
      value('05911000', 'broadband', { value: null, missingReason: 'later', confidential: true }),
      value('01001000', 'population', { value: 0.125, synthetic: true }),
    ];
    await replaceEditionValues(db, 2023, values);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([
      values[2],
      values[1],
      values[0],
    ]);
  });

  it(`inserts more than 1000 values in batches of ${BATCH_ROWS}`, async () => {
    const { db } = store();
    const units = codes(401);
    await seed(db, units);
    const values = units.flatMap((code, i) => [
      value(code, 'a', { value: i }),
      value(code, 'b', { value: -(i + 1) / 3 }),
      value(code, 'c', { value: null, missingReason: 'nothing', row: i }),
    ]);
    expect(values.length).toBeGreaterThan(1000);
    await replaceEditionValues(db, 2023, [...values].reverse());
    const listed = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });
    expect(listed).toHaveLength(1203);
    expect(listed).toEqual([...values].sort(byKey));
    expect(listed[0]?.unitCode).toBe('00000001');
  });

  it('replaces the values of one edition only', async () => {
    const { db } = store();
    await seed(db, ['05911000'], [2022, 2023]);
    await replaceEditionValues(db, 2022, [value('05911000', 'a', { edition: 2022, value: 1 })]);
    await replaceEditionValues(db, 2023, [value('05911000', 'a'), value('05911000', 'b')]);
    await replaceEditionValues(db, 2023, [value('05911000', 'c', { value: 3 })]);
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([
      value('05911000', 'c', { value: 3 }),
    ]);
    expect(await listValues(db, { edition: 2022, unitSet: MUNICIPALITIES })).toEqual([
      value('05911000', 'a', { edition: 2022, value: 1 }),
    ]);
    expect(await countRows(db, 'observed_values')).toBe(2);
  });

  it('refuses values of another edition', async () => {
    const { db } = store();
    await seed(db, ['05911000']);
    await replaceEditionValues(db, 2023, [value('05911000', 'a')]);
    await expect(replaceEditionValues(db, 2023, [value('05911000', 'b', { edition: 2022 })])).rejects.toThrow(
      StoreError,
    );
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([
      value('05911000', 'a'),
    ]);
  });

  it('keeps the old values when a later batch fails', async () => {
    const { db } = store();
    const units = codes(300);
    await seed(db, units);
    const old = [value('00000001', 'old')];
    await replaceEditionValues(db, 2023, old);
    const values = units.flatMap((code) => [value(code, 'a'), value(code, 'b')]);
    values.push(value('00000300', 'c', { sourceId: 'unknown source' }));
    await expect(replaceEditionValues(db, 2023, values)).rejects.toThrow();
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual(old);
  });

  it('rejects a value of a unit that is not stored', async () => {
    const { db } = store();
    await seed(db, ['05911000']);
    await expect(replaceEditionValues(db, 2023, [value('05911001', 'a')])).rejects.toThrow();
    expect(await countRows(db, 'observed_values')).toBe(0);
  });
});
