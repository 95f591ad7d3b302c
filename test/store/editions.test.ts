import { expect, it } from 'vitest';
import {
  getEdition,
  latestEdition,
  listEditions,
  listIndicators,
  replaceIndicators,
  upsertEdition,
  type IndicatorRow,
} from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { edition } from './fixtures.js';

const aggregate: IndicatorRow = {
  code: 'index',
  kind: 'aggregate',
  nameDe: 'Index',
  nameEn: 'Index',
  unitDe: null,
  unitEn: null,
  direction: null,
  denominator: null,
  scale: null,
  parent: null,
  weight: 1,
  position: 2,
};
const indicator: IndicatorRow = {
  code: 'broadband',
  kind: 'indicator',
  nameDe: 'Breitband',
  nameEn: 'Broadband',
  unitDe: 'Prozent',
  unitEn: 'percent',
  direction: -1,
  denominator: 'households',
  scale: 100,
  parent: 'index',
  weight: 0.5,
  position: 1,
};
const denominator: IndicatorRow = {
  ...aggregate,
  code: 'households',
  kind: 'denominator',
  nameDe: 'Haushalte',
  nameEn: 'Households',
  unitDe: 'Anzahl',
  unitEn: 'Anzahl',
  weight: null,
  position: 0,
};

describeEachDatabase('editions', (store) => {
  it('round-trips an edition and its indicators in position order', async () => {
    const { db } = store();
    await upsertEdition(db, edition(2023), [aggregate, indicator, denominator]);
    const stored = await getEdition(db, 2023);
    expect(stored).toMatchObject(edition(2023));
    expect(stored?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await listIndicators(db, 2023)).toEqual([denominator, indicator, aggregate]);
  });

  it('updates an edition, keeps its creation time and replaces its indicators', async () => {
    const { db } = store();
    await upsertEdition(db, edition(2023), [aggregate, indicator, denominator]);
    const created = (await getEdition(db, 2023))?.createdAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await upsertEdition(db, edition(2023, { title: 'Neu', specHash: 'h2', synthetic: false }), [aggregate]);
    expect(await getEdition(db, 2023)).toEqual({
      ...edition(2023, { title: 'Neu', specHash: 'h2', synthetic: false }),
      createdAt: created,
    });
    expect(await listIndicators(db, 2023)).toEqual([aggregate]);
  });

  it('leaves the indicators alone when none are given, and replaces them on their own', async () => {
    const { db } = store();
    await upsertEdition(db, edition(2023), [aggregate, indicator]);
    await upsertEdition(db, edition(2023, { title: 'Neu' }));
    expect(await listIndicators(db, 2023)).toEqual([indicator, aggregate]);
    await replaceIndicators(db, 2023, [denominator]);
    expect(await listIndicators(db, 2023)).toEqual([denominator]);
  });

  it('keeps the indicators of editions apart', async () => {
    const { db } = store();
    await upsertEdition(db, edition(2022), [indicator]);
    await upsertEdition(db, edition(2023), [aggregate]);
    expect(await listIndicators(db, 2022)).toEqual([indicator]);
    expect(await listIndicators(db, 2023)).toEqual([aggregate]);
  });

  it('lists editions by year and finds the latest', async () => {
    const { db } = store();
    expect(await latestEdition(db)).toBeUndefined();
    for (const year of [2024, 2022, 2023]) await upsertEdition(db, edition(year), []);
    expect((await listEditions(db)).map((e) => e.year)).toEqual([2022, 2023, 2024]);
    expect((await latestEdition(db))?.year).toBe(2024);
    expect(await getEdition(db, 2021)).toBeUndefined();
  });

  it('rejects indicators of an edition that does not exist', async () => {
    await expect(replaceIndicators(store().db, 1999, [aggregate])).rejects.toThrow();
    expect(await listIndicators(store().db, 1999)).toEqual([]);
  });
});
