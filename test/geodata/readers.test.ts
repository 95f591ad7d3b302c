import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectBoundaries } from '../../src/geodata/collect.js';
import { geometryContains } from '../../src/geodata/pointInMunicipality.js';
import { openBoundaryFile } from '../../src/geodata/readers/index.js';
import { IngestError } from '../../src/ingest/errors.js';
import { writeGeoPackage, type GpkgLayer } from './helpers/geopackageWriter.js';
import { FIXTURES, ruhrUnits } from './helpers/store.js';
import { writeShapefile, type DbfField } from './helpers/shapefileWriter.js';
import { ESRI_UTM32_PRJ, OGC_UTM32_WKT, shapefileRings, toUtm, vg250Rows } from './helpers/vg250.js';

const dir = mkdtempSync(join(tmpdir(), 'geodata-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUHR = new Set(ruhrUnits().map((u) => u.code));
const FIELDS: DbfField[] = [
  { name: 'AGS', type: 'C', length: 8 },
  { name: 'ARS', type: 'C', length: 12 },
  { name: 'GEN', type: 'C', length: 50 },
  { name: 'GF', type: 'N', length: 1 },
];

function shapefile(
  name: string,
  options: {
    latin1?: boolean;
    cpg?: string;
    prj?: string | null;
    mutate?: (rows: ReturnType<typeof vg250Rows>) => void;
  } = {},
): string {
  const rows = vg250Rows();
  options.mutate?.(rows);
  const base = join(dir, name);
  writeShapefile(
    base,
    FIELDS,
    rows.map(({ polygons, ...attributes }) => ({
      rings: polygons && shapefileRings(toUtm(polygons)),
      attributes,
    })),
    {
      encode: options.latin1 ? (t) => Buffer.from(t, 'latin1') : undefined,
      cpg: options.cpg,
      prj: options.prj === null ? undefined : (options.prj ?? ESRI_UTM32_PRJ),
    },
  );
  return `${base}.shp`;
}

function caught(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

async function caughtAsync(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

const CENTRES = new Map(ruhrUnits().map((u) => [u.code, [u.centerLon!, u.centerLat!] as const]));

describe('shapefile (VG250 layout, EPSG:25832)', () => {
  it('reads the .prj and a Latin-1 .dbf without .cpg, merges parts, leaves out water and unknown keys', async () => {
    const source = openBoundaryFile(shapefile('latin1', { latin1: true }));
    expect(source.format).toBe('shapefile');
    expect(source.crs.code).toBe('EPSG:25832');
    expect(source.crsFrom).toBe('latin1.prj');
    expect(source.encoding).toBe('windows-1252');
    const c = await collectBoundaries(source, RUHR, { keyField: 'AGS' });
    expect(c.features).toBe(6);
    expect(c.filteredGf).toBe(1);
    expect(c.skippedFeatures).toBe(1);
    expect(c.skippedKeys).toEqual(['05315000']);
    expect(c.empty).toBe(1);
    expect([...c.units.keys()].sort()).toEqual(['05117000', '05119000']);
    expect(c.units.get('05117000')!.names).toEqual(['Mülheim an der Ruhr']);
    expect(c.units.get('05117000')!.polygons[0]).toHaveLength(2); // outer ring and the water hole
    expect(c.units.get('05119000')!.parts).toBe(2);
    for (const code of ['05117000', '05119000']) {
      const [lon, lat] = CENTRES.get(code)!;
      expect(
        geometryContains({ type: 'MultiPolygon', coordinates: c.units.get(code)!.polygons }, lon, lat),
      ).toBe(true);
    }
  });

  it('follows a .cpg naming UTF-8', async () => {
    const source = openBoundaryFile(shapefile('utf8', { cpg: 'UTF-8' }));
    expect(source.encoding).toBe('utf-8');
    const c = await collectBoundaries(source, RUHR, { keyField: 'AGS' });
    expect(c.units.get('05117000')!.names).toEqual(['Mülheim an der Ruhr']);
  });

  it('detects UTF-8 without .cpg, and takes --encoding over everything', async () => {
    expect(openBoundaryFile(shapefile('utf8-nocpg')).encoding).toBe('utf-8');
    const forced = openBoundaryFile(shapefile('forced', { cpg: 'UTF-8' }), { encoding: 'iso-8859-1' });
    const c = await collectBoundaries(forced, RUHR, { keyField: 'AGS' });
    expect(c.units.get('05117000')!.names).toEqual(['MÃ¼lheim an der Ruhr']);
  });

  it('matches by ARS with --key ARS', async () => {
    const c = await collectBoundaries(openBoundaryFile(shapefile('ars')), RUHR, { keyField: 'ARS' });
    expect([...c.units.keys()].sort()).toEqual(['05117000', '05119000']);
  });

  it('without .prj takes WGS84 and says projected coordinates need --crs', async () => {
    const file = shapefile('noprj', { prj: null });
    const error = await caughtAsync(collectBoundaries(openBoundaryFile(file), RUHR, { keyField: 'AGS' }));
    expect(error.file).toBe(file);
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/is not a WGS 84 longitude\/latitude .*need --crs, e\.g\. EPSG:25832/);
  });

  it('names the .dbf, the record and the field of a bad key', async () => {
    const file = shapefile('badkey', { mutate: (rows) => (rows[2]!.AGS = 'O5119OOO') });
    const error = await caughtAsync(collectBoundaries(openBoundaryFile(file), RUHR, { keyField: 'AGS' }));
    expect(error.file).toBe(join(dir, 'badkey.dbf'));
    expect(error.line).toBe(3);
    expect(error.field).toBe('AGS');
    expect(error.problem).toMatch(/"O5119OOO" is not a municipality key/);
  });

  it('names a missing key attribute and lists those there are', async () => {
    const error = await caughtAsync(
      collectBoundaries(openBoundaryFile(shapefile('nokey')), RUHR, { keyField: 'KEY' }),
    );
    expect(error.line).toBe(1);
    expect(error.problem).toMatch(/no attribute "KEY" \(attributes: AGS, ARS, GEN, GF; choose with --key\)/);
  });

  it('refuses an unknown .prj and a missing .dbf', () => {
    const file = shapefile('swiss', { prj: 'PROJCS["CH1903+_LV95",GEOGCS["GCS_CH1903+"]]' });
    const error = caught(() => openBoundaryFile(file));
    expect(error.file).toBe(join(dir, 'swiss.prj'));
    expect(error.problem).toMatch(/unknown coordinate reference system "CH1903\+_LV95" \(give --crs\)/);
    rmSync(join(dir, 'swiss.dbf'));
    expect(caught(() => openBoundaryFile(file)).problem).toMatch(/no \.dbf file/);
  });
});

function gpkgLayer(table: string, options: { srsId?: number; bigEndianFirst?: boolean } = {}): GpkgLayer {
  const srsId = options.srsId ?? 25832;
  return {
    table,
    srsId,
    srs:
      srsId === 25832
        ? { organization: 'EPSG', id: 25832, name: 'ETRS89 / UTM zone 32N', definition: OGC_UTM32_WKT }
        : undefined,
    columns: { AGS: 'TEXT', ARS: 'TEXT', GEN: 'TEXT', GF: 'INTEGER' },
    features: vg250Rows().map(({ polygons, ...attributes }, i) => ({
      polygons: polygons && (srsId === 4326 ? polygons : toUtm(polygons)),
      attributes,
      bigEndian: options.bigEndianFirst && i === 0,
      multi: true,
    })),
  };
}

describe('GeoPackage (VG250 layout)', () => {
  const file = join(dir, 'DE_VG250.gpkg');
  writeGeoPackage(file, [
    gpkgLayer('vg250_gem', { bigEndianFirst: true }),
    gpkgLayer('vg250_wgs84', { srsId: 4326 }),
  ]);

  it('reads layer vg250_gem in EPSG:25832 from gpkg_spatial_ref_sys', async () => {
    const source = openBoundaryFile(file);
    expect(source.layer).toBe('vg250_gem');
    expect(source.crs.code).toBe('EPSG:25832');
    expect(source.crsFrom).toBe('gpkg_spatial_ref_sys');
    const c = await collectBoundaries(source, RUHR, { keyField: 'AGS' });
    expect([c.features, c.filteredGf, c.skippedFeatures, c.empty]).toEqual([6, 1, 1, 1]);
    const [lon, lat] = CENTRES.get('05117000')!;
    expect(
      geometryContains({ type: 'MultiPolygon', coordinates: c.units.get('05117000')!.polygons }, lon, lat),
    ).toBe(true);
    expect(c.units.get('05119000')!.parts).toBe(2);
  });

  it('reads another layer with --layer (here WGS84) and lists the layers when one is unknown', async () => {
    const source = openBoundaryFile(file, { layer: 'VG250_WGS84' });
    expect(source.crs.code).toBe('EPSG:4326');
    const c = await collectBoundaries(source, RUHR, { keyField: 'AGS' });
    expect(c.units.get('05117000')!.polygons[0]![0]![0]).toEqual([6.83, 51.38]);
    const error = caught(() => openBoundaryFile(file, { layer: 'vg250_krs' }));
    expect(error.problem).toBe(
      'no layer "vg250_krs" (layers: vg250_gem, vg250_wgs84; choose one with --layer)',
    );
  });

  it('names the file, feature id and geometry column of a broken blob', async () => {
    const broken = join(dir, 'broken.gpkg');
    const layer = gpkgLayer('vg250_gem');
    layer.features[2]!.blob = Buffer.from('GP\u0000\u0001not wkb at all');
    writeGeoPackage(broken, [layer]);
    const error = await caughtAsync(collectBoundaries(openBoundaryFile(broken), RUHR, { keyField: 'AGS' }));
    expect(error.file).toBe(broken);
    expect(error.line).toBe(3);
    expect(error.field).toBe('vg250_gem.geom');
  });

  it('refuses an SQLite file that is no GeoPackage', () => {
    const plain = join(dir, 'plain.gpkg');
    writeFileSync(plain, 'not sqlite');
    expect(caught(() => openBoundaryFile(plain)).problem).toMatch(/cannot open as a GeoPackage/);
  });
});

describe('GeoJSON', () => {
  it('reads the WGS84 fixture with attribution', () => {
    const source = openBoundaryFile(join(FIXTURES, 'three-wgs84.geojson'));
    expect(source.crs.code).toBe('EPSG:4326');
    expect(source.crsFrom).toBe('RFC 7946 default');
    expect(source.attribution).toEqual({
      publisher: 'digitalindex test fixture (made-up boxes around the real centres)',
      licence: 'MIT',
    });
  });

  it.each([
    ['not json', '{"type": "FeatureCollection",\n "features": [}', null, null, /^not valid JSON: /],
    ['a Feature', '{"type": "Feature"}', null, 'type', /"Feature": expected "FeatureCollection"/],
    [
      'unknown crs',
      '{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:2056"}}, "features": []}',
      null,
      'crs',
      /unknown CRS "EPSG:2056"/,
    ],
    [
      'a point',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [7, 51]}}]}',
      null,
      'features[0].geometry.type',
      /"Point": only Polygon and MultiPolygon/,
    ],
    [
      'an open ring',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[7, 51], [8, 51], [8, 52], [7, 52]]]}}]}',
      null,
      'features[0].geometry.coordinates[0]',
      /ring is not closed/,
    ],
    [
      'a string coordinate',
      '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[7, 51], [8, "51"], [8, 52], [7, 51]]]}}]}',
      null,
      'features[0].geometry.coordinates[0][1]',
      /\[8,"51"\] is not a position/,
    ],
  ])('names the place of %s', async (_name, text, line, field, problem) => {
    const file = join(dir, 'bad.geojson');
    writeFileSync(file, text);
    const error = await caughtAsync(
      (async () => {
        const source = openBoundaryFile(file);
        await collectBoundaries(source, RUHR, { keyField: 'AGS' });
      })(),
    );
    expect(error.file).toBe(file);
    expect(error.line).toBe(line);
    expect(error.field).toBe(field);
    expect(error.problem).toMatch(problem);
  });

  it('refuses unknown extensions and --layer on a GeoJSON', () => {
    const file = join(dir, 'x.kml');
    writeFileSync(file, '<kml/>');
    expect(caught(() => openBoundaryFile(file)).problem).toMatch(/unknown boundary format "\.kml"/);
    expect(
      caught(() => openBoundaryFile(join(FIXTURES, 'three-wgs84.geojson'), { layer: 'x' })).problem,
    ).toMatch(/--layer applies to GeoPackage/);
  });
});
