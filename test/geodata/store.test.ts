// The geometries table on every test database (SQLite; PostgreSQL when TEST_DATABASE_URL is set).
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importBoundaries } from '../../src/geodata/importBoundaries.js';
import { loadBoundaries } from '../../src/geodata/boundaries.js';
import { pointInMunicipality } from '../../src/geodata/pointInMunicipality.js';
import { StoreError, upsertSource, upsertUnits, upsertUnitSet } from '../../src/store/index.js';
import { listGeometries, replaceGeometries, type StoredGeometry } from '../../src/store/geometries.js';
import { describeEachDatabase } from '../store/databases.js';
import { FIXTURES, ruhrUnits } from './helpers/store.js';

function geometry(code: string, overrides: Partial<StoredGeometry> = {}): StoredGeometry {
  return {
    unitSet: 'municipalities',
    code,
    geojson: '{"type":"Polygon","coordinates":[[[7,51],[8,51],[8,52],[7,51]]]}',
    bbox: [7, 51, 8, 52],
    vertices: 4,
    sourceName: `Name ${code}`,
    sourceId: 'geo',
    reprojectedFrom: 'EPSG:25832 (ETRS89 / UTM zone 32N)',
    simplifyToleranceM: 20,
    ...overrides,
  };
}

describeEachDatabase('geometries', (store) => {
  async function seed(): Promise<void> {
    const db = store().db;
    await upsertUnitSet(db, { code: 'municipalities', nameDe: 'Kommunen', nameEn: 'Municipalities' });
    await upsertUnits(db, ruhrUnits());
    await upsertSource(db, {
      id: 'geo',
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

  it('round-trips geometries, bbox as double precision, ordered by code', async () => {
    await seed();
    const rows = [
      geometry('05913000', { bbox: [7.300001, 51.41, 7.630002, 51.6], reprojectedFrom: null }),
      geometry('05112000'),
    ];
    await replaceGeometries(store().db, 'municipalities', rows);
    expect(await listGeometries(store().db, 'municipalities')).toEqual([rows[1], rows[0]]);
  });

  it('replaces the unit set’s geometries, all or nothing', async () => {
    await seed();
    await replaceGeometries(store().db, 'municipalities', [geometry('05913000'), geometry('05112000')]);
    await expect(
      replaceGeometries(store().db, 'municipalities', [geometry('05911000'), geometry('99999999')]),
    ).rejects.toThrow();
    expect((await listGeometries(store().db, 'municipalities')).map((g) => g.code)).toEqual([
      '05112000',
      '05913000',
    ]);
    await replaceGeometries(store().db, 'municipalities', [geometry('05911000')]);
    expect((await listGeometries(store().db, 'municipalities')).map((g) => g.code)).toEqual(['05911000']);
  });

  it('refuses a geometry of another unit set', async () => {
    await expect(
      replaceGeometries(store().db, 'municipalities', [geometry('x', { unitSet: 'regions' })]),
    ).rejects.toThrow(StoreError);
  });

  it('imports the fixture and answers point lookups from the stored boundaries', async () => {
    await seed();
    const report = await importBoundaries(store(), join(FIXTURES, 'three-wgs84.geojson'));
    expect(report.written).toBe(3);
    const boundaries = await loadBoundaries(store().db);
    expect(pointInMunicipality(7.464165, 51.514171, boundaries)).toBe('05913000');
  });
});
