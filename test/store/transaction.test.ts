import { expect, it } from 'vitest';
import {
  listEditions,
  listUnits,
  listUnitSets,
  listValues,
  replaceEditionValues,
  saveComputation,
  StoreError,
  upsertEdition,
  upsertUnits,
  upsertUnitSet,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { countRows, edition, MUNICIPALITIES, result, seed, unit, value } from './fixtures.js';

describeEachDatabase('transactions', (store) => {
  it('writes nothing when the callback throws', async () => {
    const failure = new Error('stop');
    await expect(
      store().transaction(async (tx) => {
        await upsertUnitSet(tx.db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
        await upsertUnits(tx.db, [unit('05911000')]);
        await upsertEdition(tx.db, edition(2023), []);
        expect(await listUnits(tx.db, MUNICIPALITIES)).toHaveLength(1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const { db } = store();
    expect(await listUnitSets(db)).toEqual([]);
    expect(await countRows(db, 'units')).toBe(0);
    expect(await listEditions(db)).toEqual([]);
  });

  it('rolls back earlier writes when a repository call fails', async () => {
    const { db } = store();
    await seed(db, ['05911000']);
    await expect(
      store().transaction(async (tx) => {
        await replaceEditionValues(tx.db, 2023, [value('05911000', 'a')]);
        await saveComputation(
          tx.db,
          { edition: 2023, unitSet: MUNICIPALITIES, specHash: 'h', methodJson: '{}', engineVersion: '0' },
          [result('05911000', 'index')],
        );
        await replaceEditionValues(tx.db, 2023, [value('05911000', 'b', { sourceId: 'missing' })]);
      }),
    ).rejects.toThrow();
    expect(await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).toEqual([]);
    expect(await countRows(db, 'computations')).toBe(0);
    expect(await countRows(db, 'results')).toBe(0);
  });

  it('commits everything and returns the value when the callback resolves', async () => {
    const answer = await store().transaction(async (tx) => {
      await upsertUnitSet(tx.db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
      await tx.transaction((inner) => upsertUnits(inner.db, [unit('05911000')]));
      return 42;
    });
    expect(answer).toBe(42);
    expect((await listUnits(store().db, MUNICIPALITIES)).map((u) => u.code)).toEqual(['05911000']);
  });

  it('rolls back a nested transaction with the outer one', async () => {
    await expect(
      store().transaction(async (tx) => {
        await tx.transaction((inner) =>
          upsertUnitSet(inner.db, { code: MUNICIPALITIES, nameDe: 'G', nameEn: 'M' }),
        );
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await listUnitSets(store().db)).toEqual([]);
  });

  it('does not let a transaction close the store', async () => {
    await store().transaction(async (tx) => {
      await expect(tx.close()).rejects.toThrow(StoreError);
    });
    expect(await listUnitSets(store().db)).toEqual([]);
  });
});
