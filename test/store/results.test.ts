import { expect, it } from 'vitest';
import type { ResultRow } from '../../src/model/index.js';
import {
  latestComputation,
  latestResults,
  saveComputation,
  StoreError,
  upsertUnitSet,
  type ComputationInput,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { codes, countRows, MUNICIPALITIES, result, seed } from './fixtures.js';

const computation: ComputationInput = {
  edition: 2023,
  unitSet: MUNICIPALITIES,
  specHash: 'hash-2023',
  methodJson: '{"normalisation":"minmax"}',
  engineVersion: '0.1.0',
};

describeEachDatabase('results', (store) => {
  it('round-trips a computation, its rows ordered by unit code, node and stage', async () => {
    const { db } = store();
    await seed(db, []);
    const rows: ResultRow[] = [
      result('05911000', 'index', { value: 12.5, rank: 2 }),
      result('05911000', 'broadband', { stage: 'normalised', value: 0, rank: 1.5 }),
      result('05911000', 'broadband', { stage: 'denominated', value: 0.25, rank: null }),
      result('01001000', 'index', { value: null, rank: null }),
    ];
    const id = await saveComputation(db, computation, rows);
    expect(id).toBeGreaterThan(0);
    expect(await latestResults(db, 2023, MUNICIPALITIES)).toEqual([rows[3], rows[2], rows[1], rows[0]]);
    const saved = await latestComputation(db, 2023, MUNICIPALITIES);
    expect(saved).toMatchObject({ ...computation, id });
    expect(saved?.computedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('replaces an earlier computation instead of adding to it', async () => {
    const { db } = store();
    await seed(db, []);
    const first = await saveComputation(db, computation, [
      result('a', 'index', { value: 1 }),
      result('b', 'index'),
    ]);
    const rows = [result('a', 'index', { value: 2 }), result('b', 'index', { value: 3 })];
    const second = await saveComputation(db, { ...computation, specHash: 'h2' }, rows);
    const third = await saveComputation(db, { ...computation, specHash: 'h2' }, rows);

    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(await latestResults(db, 2023, MUNICIPALITIES)).toEqual(rows);
    expect(await countRows(db, 'results')).toBe(2);
    expect(await countRows(db, 'computations')).toBe(1);
    expect(await latestComputation(db, 2023, MUNICIPALITIES)).toMatchObject({ id: third, specHash: 'h2' });
  });

  it('keeps computations of other unit sets and editions', async () => {
    const { db } = store();
    await seed(db, [], [2022, 2023]);
    await upsertUnitSet(db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
    const regions = { ...computation, unitSet: 'regions' };
    await saveComputation(db, regions, [result('ruhr', 'index', { unitSet: 'regions' })]);
    await saveComputation(db, { ...computation, edition: 2022 }, [result('a', 'index', { edition: 2022 })]);
    await saveComputation(db, computation, [result('a', 'index')]);
    await saveComputation(db, computation, [result('b', 'index')]);

    expect(await latestResults(db, 2023, 'regions')).toEqual([
      result('ruhr', 'index', { unitSet: 'regions' }),
    ]);
    expect(await latestResults(db, 2022, MUNICIPALITIES)).toEqual([result('a', 'index', { edition: 2022 })]);
    expect(await latestResults(db, 2023, MUNICIPALITIES)).toEqual([result('b', 'index')]);
    expect(await countRows(db, 'computations')).toBe(3);
  });

  it('saves more than 1000 rows and stores NaN as null', async () => {
    const { db } = store();
    await seed(db, []);
    const rows = codes(600).flatMap((code, i) => [
      result(code, 'index', { value: i, rank: 600 - i }),
      result(code, 'pillar', { value: Number.NaN, rank: null }),
    ]);
    await saveComputation(db, computation, rows);
    const listed = await latestResults(db, 2023, MUNICIPALITIES);
    expect(listed).toHaveLength(1200);
    expect(listed[0]).toEqual(result('00000001', 'index', { value: 0, rank: 600 }));
    expect(listed[1]).toEqual(result('00000001', 'pillar', { value: null, rank: null }));
    expect(listed[1199]).toEqual(result('00000600', 'pillar', { value: null, rank: null }));
  });

  it('refuses rows of another edition or unit set and leaves the old computation', async () => {
    const { db } = store();
    await seed(db, []);
    await saveComputation(db, computation, [result('a', 'index')]);
    await expect(
      saveComputation(db, computation, [result('a', 'index', { unitSet: 'regions' })]),
    ).rejects.toThrow(StoreError);
    expect(await latestResults(db, 2023, MUNICIPALITIES)).toEqual([result('a', 'index')]);
  });

  it('finds nothing before anything is computed', async () => {
    const { db } = store();
    expect(await latestResults(db, 2023, MUNICIPALITIES)).toEqual([]);
    expect(await latestComputation(db, 2023, MUNICIPALITIES)).toBeUndefined();
  });
});
