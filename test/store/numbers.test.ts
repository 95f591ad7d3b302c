// Doubles round-trip exactly in every dialect; NaN is stored as null and -0 as 0 in both.
import { expect, it } from 'vitest';
import {
  insertValues,
  latestResults,
  listUnits,
  listValues,
  replaceEditionValues,
  saveComputation,
  upsertUnits,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { MUNICIPALITIES, result, seed, unit, value } from './fixtures.js';

/** [written, read back]: the same double, except NaN (null) and -0 (0, as neither database keeps its sign). */
const NUMBERS: [number, number | null][] = [
  [0.1 + 0.2, 0.30000000000000004],
  [1e-300, 1e-300],
  [-1e-300, -1e-300],
  [5e-324, 5e-324],
  [Number.MAX_VALUE, Number.MAX_VALUE],
  [-Number.MAX_VALUE, -Number.MAX_VALUE],
  [2 ** 53 + 2, 2 ** 53 + 2],
  [1 / 3, 1 / 3],
  [-123456789.12345678, -123456789.12345678],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [-0, 0],
  [Number.NaN, null],
];

const codes = NUMBERS.map((_, i) => `n${String(i).padStart(2, '0')}`);

function expectSame(read: (number | null)[]): void {
  expect(read).toHaveLength(NUMBERS.length);
  read.forEach((got, i) => {
    const want = NUMBERS[i]?.[1];
    expect(
      Object.is(got, want),
      `${String(NUMBERS[i]?.[0])}: read ${String(got)}, want ${String(want)}`,
    ).toBe(true);
  });
}

describeEachDatabase('double precision', (store) => {
  it('round-trips through observed values (insert and bulk insert)', async () => {
    const { db } = store();
    await seed(db, codes, [2022, 2023]);
    await replaceEditionValues(
      db,
      2023,
      codes.map((code, i) => value(code, 'x', { value: NUMBERS[i]?.[0] ?? null })),
    );
    expectSame((await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES })).map((v) => v.value));

    await insertValues(
      store(),
      codes.map((code, i) => value(code, 'x', { edition: 2022, value: NUMBERS[i]?.[0] ?? null })),
    );
    expectSame((await listValues(db, { edition: 2022, unitSet: MUNICIPALITIES })).map((v) => v.value));
  });

  it('round-trips through units and results', async () => {
    const { db } = store();
    await seed(db, []);
    await upsertUnits(
      db,
      codes.map((code, i) => unit(code, { population: NUMBERS[i]?.[0] ?? null, areaKm2: 1 })),
    );
    expectSame((await listUnits(db, MUNICIPALITIES)).map((u) => u.population));

    const rows = codes.map((code, i) => result(code, 'index', { value: NUMBERS[i]?.[0] ?? null, rank: 0.5 }));
    await saveComputation(
      db,
      { edition: 2023, unitSet: MUNICIPALITIES, specHash: 'h', methodJson: '{}', engineVersion: '0' },
      rows,
    );
    const listed = await latestResults(db, 2023, MUNICIPALITIES);
    expectSame(listed.map((r) => r.value));
    expect(listed.every((r) => r.rank === 0.5)).toBe(true);
  });
});
