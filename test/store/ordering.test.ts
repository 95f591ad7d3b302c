// Every list comes back in byte order (SQLite's BINARY), whatever the database's locale: `_`, case, umlauts.
import { expect, it } from 'vitest';
import {
  listIndicators,
  listSources,
  listUnits,
  listUnitSets,
  listValues,
  latestResults,
  replaceEditionValues,
  replaceIndicators,
  saveComputation,
  upsertSource,
  upsertUnits,
  upsertUnitSet,
  type IndicatorRow,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { MUNICIPALITIES, result, seed, unit, value } from './fixtures.js';

/** Keys that a linguistic collation (de-DE, en-US) sorts differently from bytes. */
const KEYS = ['a_b', 'aB', 'ab', 'AB', 'A', '_', 'Z', 'b', 'ä', 'a b', 'a-b', 'a', 'é', 'z', '0', '~', 'Ab'];

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const SORTED = [...KEYS].sort(byteOrder);

it('uses keys whose byte order differs from a German collation', () => {
  expect(SORTED).not.toEqual([...KEYS].sort(new Intl.Collator('de').compare));
  expect(SORTED.slice(0, 8)).toEqual(['0', 'A', 'AB', 'Ab', 'Z', '_', 'a', 'a b']);
});

describeEachDatabase('ordering', (store) => {
  it('lists unit sets, units and sources in byte order', async () => {
    const { db } = store();
    for (const code of KEYS) await upsertUnitSet(db, { code, nameDe: code, nameEn: code });
    expect((await listUnitSets(db)).map((s) => s.code)).toEqual(SORTED);

    await upsertUnits(
      db,
      KEYS.map((code) => unit(code, { unitSet: 'a_b' })),
    );
    expect((await listUnits(db, 'a_b')).map((u) => u.code)).toEqual(SORTED);

    for (const id of KEYS) {
      await upsertSource(db, {
        id,
        publisher: 'p',
        table: null,
        title: null,
        licence: null,
        retrieved: null,
        fileName: null,
        fileHash: null,
        synthetic: false,
      });
    }
    expect((await listSources(db)).map((s) => s.id)).toEqual(SORTED);
  });

  it('lists values by unit code, then variable, in byte order', async () => {
    const { db } = store();
    await seed(db, KEYS);
    const values = KEYS.flatMap((code) => ['v_1', 'V1', 'v1', 'vä'].map((variable) => value(code, variable)));
    await replaceEditionValues(db, 2023, values);
    const listed = await listValues(db, { edition: 2023, unitSet: MUNICIPALITIES });
    const expected = SORTED.flatMap((code) =>
      ['V1', 'v1', 'v_1', 'vä'].map((variable) => `${code}|${variable}`),
    );
    expect(listed.map((v) => `${v.unitCode}|${v.variable}`)).toEqual(expected);
  });

  it('lists results by unit code and node, and indicators of one position by code, in byte order', async () => {
    const { db } = store();
    await seed(db, []);
    const rows = KEYS.flatMap((code) => [result(code, 'x_y'), result(code, 'xY')]);
    await saveComputation(
      db,
      { edition: 2023, unitSet: MUNICIPALITIES, specHash: 'h', methodJson: '{}', engineVersion: '0' },
      rows,
    );
    const listed = await latestResults(db, 2023, MUNICIPALITIES);
    expect(listed.map((r) => `${r.unitCode}|${r.node}`)).toEqual(
      SORTED.flatMap((c) => [`${c}|xY`, `${c}|x_y`]),
    );

    const indicator = (code: string): IndicatorRow => ({
      code,
      kind: 'aggregate',
      nameDe: code,
      nameEn: code,
      unitDe: null,
      unitEn: null,
      direction: null,
      denominator: null,
      scale: null,
      parent: null,
      weight: null,
      position: 0,
    });
    await replaceIndicators(db, 2023, KEYS.map(indicator));
    expect((await listIndicators(db, 2023)).map((i) => i.code)).toEqual(SORTED);
  });
});
