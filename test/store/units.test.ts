import { expect, it } from 'vitest';
import { listUnits, listUnitSets, upsertUnits, upsertUnitSet } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';
import { countRows, MUNICIPALITIES, unit } from './fixtures.js';

describeEachDatabase('units', (store) => {
  it('lists unit sets by code and updates their names', async () => {
    const { db } = store();
    await upsertUnitSet(db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Kommunen', nameEn: 'Municipalities' });
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
    expect(await listUnitSets(db)).toEqual([
      { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' },
      { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' },
    ]);
  });

  it('round-trips units ordered by code, keeping the leading zeros of AGS', async () => {
    const { db } = store();
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
    const bochum = unit('05911000', { name: 'Bochum', type: null, district: null, population: 364_454 });
    const flensburg = unit('01001000', {
      name: 'Flensburg',
      centerLat: null,
      centerLon: null,
      areaKm2: null,
    });
    const berlin = unit('11000000', { name: 'Berlin', population: 3_755_251.25 });
    await upsertUnits(db, [berlin, bochum, flensburg]);

    const listed = await listUnits(db, MUNICIPALITIES);
    expect(listed).toEqual([flensburg, bochum, berlin]);
    expect(listed[0]?.code).toBe('01001000');
  });

  it('updates a unit with the same code instead of adding one', async () => {
    const { db } = store();
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
    await upsertUnits(db, [unit('05911000', { name: 'Bochum alt', population: 1 })]);
    await upsertUnits(db, [unit('05911000', { name: 'Bochum', population: null })]);
    expect(await listUnits(db, MUNICIPALITIES)).toEqual([
      unit('05911000', { name: 'Bochum', population: null }),
    ]);
    expect(await countRows(db, 'units')).toBe(1);
  });

  it('keeps unit sets apart and stores NaN as null', async () => {
    const { db } = store();
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
    await upsertUnitSet(db, { code: 'regions', nameDe: 'Regionen', nameEn: 'Regions' });
    await upsertUnits(db, [unit('ruhr', { unitSet: 'regions', population: Number.NaN }), unit('05911000')]);
    expect(await listUnits(db, 'regions')).toEqual([unit('ruhr', { unitSet: 'regions', population: null })]);
    expect((await listUnits(db, MUNICIPALITIES)).map((u) => u.code)).toEqual(['05911000']);
  });

  it('rejects a unit of an unknown unit set and writes none of the batch', async () => {
    const { db } = store();
    await upsertUnitSet(db, { code: MUNICIPALITIES, nameDe: 'Gemeinden', nameEn: 'Municipalities' });
    await expect(upsertUnits(db, [unit('05911000'), unit('x', { unitSet: 'nowhere' })])).rejects.toThrow();
    expect(await countRows(db, 'units')).toBe(0);
  });

  it('accepts an empty list', async () => {
    await upsertUnits(store().db, []);
    expect(await listUnits(store().db, MUNICIPALITIES)).toEqual([]);
  });
});
