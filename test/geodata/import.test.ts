import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBoundaries, loadBoundaries } from '../../src/geodata/boundaries.js';
import { ringArea2 } from '../../src/geodata/geometry.js';
import { importBoundaries } from '../../src/geodata/importBoundaries.js';
import { neighbours } from '../../src/geodata/neighbours.js';
import { pointInMunicipality } from '../../src/geodata/pointInMunicipality.js';
import { IngestError } from '../../src/ingest/errors.js';
import { getSource, StoreError, type Store } from '../../src/store/index.js';
import { listGeometries } from '../../src/store/geometries.js';
import { writeGeoPackage } from './helpers/geopackageWriter.js';
import { FIXTURES, ruhrStore } from './helpers/store.js';
import { toUtm, vg250Rows, OGC_UTM32_WKT } from './helpers/vg250.js';

const THREE = join(FIXTURES, 'three-wgs84.geojson');
const dir = mkdtempSync(join(tmpdir(), 'geodata-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importBoundaries', () => {
  let store: Store;
  beforeEach(async () => {
    store = await ruhrStore();
  });
  afterEach(() => store.close());

  it('matches by AGS, reports missing and skipped, stores one (multi)polygon per municipality', async () => {
    const report = await importBoundaries(store, THREE);
    expect(report.matched).toBe(3);
    expect(report.missing).toHaveLength(50);
    expect(report.missing).toContainEqual({ ags: '05113000', name: 'Essen' });
    expect(report.skipped).toEqual({ features: 1, keys: 1, examples: ['05315000'] });
    expect(report.filteredGf).toBe(1);
    expect(report.multiPolygons).toBe(1); // Bochum: two parts, one keyed 5911000
    expect(report.nameWarnings).toEqual([]); // "Herne, Stadt" is Herne
    expect(report.centresOutside).toEqual([]);
    expect(report.reprojected).toBe(false);
    expect(report.bbox).toEqual([7, 51.3, 7.6, 51.6]);
    expect(report.written).toBe(3);
    expect(report.source).toEqual({
      id: 'geodata-three-wgs84',
      publisher: 'digitalindex test fixture (made-up boxes around the real centres)',
      licence: 'MIT',
    });

    const stored = await listGeometries(store.db, 'municipalities');
    expect(stored.map((g) => g.code)).toEqual(['05911000', '05913000', '05916000']);
    const bochum = stored[0]!;
    expect(JSON.parse(bochum.geojson).type).toBe('MultiPolygon');
    expect(bochum.bbox).toEqual([7, 51.3, 7.35, 51.52]);
    expect(bochum.reprojectedFrom).toBeNull();
    expect(bochum.sourceId).toBe('geodata-three-wgs84');
    expect(stored[2]!.sourceName).toBe('Herne, Stadt');
    const source = await getSource(store.db, 'geodata-three-wgs84');
    expect(source?.fileName).toBe('three-wgs84.geojson');
    expect(source?.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the stored boundaries answer point lookups and neighbourhood', async () => {
    await importBoundaries(store, THREE);
    const boundaries = await loadBoundaries(store.db);
    expect(pointInMunicipality(7.464165, 51.514171, boundaries)).toBe('05913000'); // Dortmund centre
    expect(pointInMunicipality(7.217177, 51.482699, boundaries)).toBe('05911000'); // Bochum centre
    expect(pointInMunicipality(7.52, 51.46, boundaries)).toBeNull(); // the lake, a hole in Dortmund
    expect(pointInMunicipality(7.02, 51.31, boundaries)).toBe('05911000'); // Bochum's other part
    expect(neighbours(boundaries, { toleranceM: boundaries[0]!.simplifyToleranceM })).toEqual([
      ['05911000', '05913000'],
      ['05911000', '05916000'],
      ['05913000', '05916000'],
    ]);
  });

  it('reprojects EPSG:25832 and notes it', async () => {
    const report = await importBoundaries(store, join(FIXTURES, 'dortmund-utm32.geojson'));
    expect(report.reprojected).toBe(true);
    expect(report.crs).toBe('EPSG:25832 (ETRS89 / UTM zone 32N)');
    const [dortmund] = await listGeometries(store.db, 'municipalities');
    expect(dortmund!.reprojectedFrom).toBe('EPSG:25832 (ETRS89 / UTM zone 32N)');
    expect(dortmund!.bbox[0]).toBeCloseTo(7.3, 6);
    expect(dortmund!.bbox[3]).toBeCloseTo(51.6, 6);
  });

  it('a dry run reports and writes nothing; a second import replaces the first', async () => {
    const dry = await importBoundaries(store, THREE, { dryRun: true });
    expect(dry.matched).toBe(3);
    expect(dry.written).toBe(0);
    expect(await listGeometries(store.db, 'municipalities')).toEqual([]);
    expect(await getSource(store.db, 'geodata-three-wgs84')).toBeUndefined();

    await importBoundaries(store, THREE);
    await importBoundaries(store, join(FIXTURES, 'dortmund-utm32.geojson'));
    expect((await listGeometries(store.db, 'municipalities')).map((g) => g.code)).toEqual(['05913000']);
  });

  it('a bad file leaves the stored boundaries as they were', async () => {
    await importBoundaries(store, THREE);
    const before = await listGeometries(store.db, 'municipalities');
    const bad = join(dir, 'bad-key.geojson');
    const doc = JSON.parse(JSON.stringify(await exportBoundaries(store.db)));
    doc.features[2].properties.AGS = '0591600X';
    writeFileSync(bad, JSON.stringify(doc));
    const error = await importBoundaries(store, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toBe(
      `${bad}: field "features[2].properties.AGS": "0591600X" is not a municipality key (8-digit AGS, 12-digit ARS or a number that lost its leading zero)`,
    );
    expect(await listGeometries(store.db, 'municipalities')).toEqual(before);
  });

  it('warns when names differ strongly and when a centre lies outside its boundary', async () => {
    const file = join(dir, 'swapped.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { AGS: '05914000', GEN: 'Herne' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [7.1, 51.52],
                  [7.35, 51.52],
                  [7.35, 51.58],
                  [7.1, 51.58],
                  [7.1, 51.52],
                ],
              ],
            },
          },
        ],
      }),
    );
    const report = await importBoundaries(store, file);
    expect(report.nameWarnings).toEqual([
      { ags: '05914000', name: 'Hagen', sourceName: 'Herne', similarity: 0 },
    ]);
    expect(report.centresOutside).toEqual([
      { ags: '05914000', name: 'Hagen', lat: 51.360171, lon: 7.467406 },
    ]);
  });

  it('simplifies at the given tolerance and reports the vertices', async () => {
    // A 2,000-vertex circle around Essen's centre.
    const ring: [number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const a = (2 * Math.PI * i) / 2000;
      ring.push([7.012583 + 0.05 * Math.cos(a), 51.455843 + 0.03 * Math.sin(a)]);
    }
    ring.push(ring[0]!);
    const file = join(dir, 'circle.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { AGS: '05113000', GEN: 'Essen' },
            geometry: { type: 'Polygon', coordinates: [ring] },
          },
        ],
      }),
    );
    const full = await importBoundaries(store, file, { simplifyToleranceM: 0, dryRun: true });
    const light = await importBoundaries(store, file, { dryRun: true });
    const coarse = await importBoundaries(store, file, { simplifyToleranceM: 200 });
    expect(full.vertices).toEqual({ before: 2001, after: 2001 });
    expect(light.simplifyToleranceM).toBe(20);
    expect(light.vertices.after).toBeLessThan(300);
    expect(coarse.vertices.after).toBeLessThan(light.vertices.after);
    expect(coarse.bytes).toBeLessThan(light.bytes);
    expect(light.bytes).toBeLessThan(full.bytes);
    expect(coarse.centresOutside).toEqual([]);
    const [stored] = await listGeometries(store.db, 'municipalities');
    expect(stored!.simplifyToleranceM).toBe(200);
    expect(stored!.vertices).toBe(coarse.vertices.after);
  });

  it('imports a VG250 GeoPackage with BKG attribution by default', async () => {
    const file = join(dir, 'DE_VG250.gpkg');
    writeGeoPackage(file, [
      {
        table: 'vg250_gem',
        srsId: 25832,
        srs: { organization: 'EPSG', id: 25832, name: 'ETRS89 / UTM zone 32N', definition: OGC_UTM32_WKT },
        columns: { AGS: 'TEXT', ARS: 'TEXT', GEN: 'TEXT', GF: 'INTEGER' },
        features: vg250Rows().map(({ polygons, ...attributes }) => ({
          polygons: polygons && toUtm(polygons),
          attributes,
        })),
      },
    ]);
    const report = await importBoundaries(store, file);
    expect(report.matched).toBe(2);
    expect(report.empty).toBe(1);
    expect(report.missing.map((m) => m.name)).toContain('Essen');
    expect(report.source).toEqual({
      id: 'geodata-de-vg250',
      publisher: '© GeoBasis-DE / BKG',
      licence: 'dl-de/by-2-0 (Datenlizenz Deutschland – Namensnennung – Version 2.0)',
    });
    expect(report.centresOutside).toEqual([]);
  });

  it('needs the master data first', async () => {
    const error = await importBoundaries(store, THREE, { unitSet: 'regions' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/no units in unit set "regions"/);
  });

  it('exports the stored boundaries with AGS, name and attribution', async () => {
    await importBoundaries(store, THREE);
    const doc = await exportBoundaries(store.db);
    expect(doc.source).toBe('digitalindex test fixture (made-up boxes around the real centres)');
    expect(doc.license).toBe('MIT');
    expect(doc.features.map((f) => f.properties)).toEqual([
      { AGS: '05911000', name: 'Bochum' },
      { AGS: '05913000', name: 'Dortmund' },
      { AGS: '05916000', name: 'Herne' },
    ]);
    const dortmund = doc.features[1]!.geometry;
    expect(dortmund.type).toBe('Polygon');
    expect(dortmund.coordinates).toHaveLength(2); // with the lake as a hole
  });

  it('stores outer rings counter-clockwise and holes clockwise (RFC 7946), whatever the file had', async () => {
    const file = join(dir, 'clockwise.geojson');
    const outer = [
      [7, 51.4],
      [7, 51.5],
      [7.1, 51.5],
      [7.1, 51.4],
      [7, 51.4],
    ]; // clockwise
    const hole = [
      [7.02, 51.42],
      [7.04, 51.42],
      [7.04, 51.44],
      [7.02, 51.44],
      [7.02, 51.42],
    ]; // counter-clockwise
    const feature = {
      type: 'Feature',
      properties: { AGS: '05113000' },
      geometry: { type: 'Polygon', coordinates: [outer, hole] },
    };
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    await importBoundaries(store, file);
    const [essen] = (await exportBoundaries(store.db)).features;
    const [o, h] = essen!.geometry.coordinates as [number, number][][];
    expect(ringArea2(o!)).toBeGreaterThan(0);
    expect(ringArea2(h!)).toBeLessThan(0);
  });
});
