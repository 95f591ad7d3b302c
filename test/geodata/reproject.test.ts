import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsByCode } from '../../src/geodata/crs.js';
import { toWgs84 } from '../../src/geodata/reproject.js';
import { collectBoundaries } from '../../src/geodata/collect.js';
import { readGeoJson } from '../../src/geodata/readers/geojson.js';
import { geometryContains } from '../../src/geodata/pointInMunicipality.js';
import { FIXTURES } from './helpers/store.js';
import { GK3, utmForward } from './helpers/utm.js';

const DORTMUND = { lat: 51.514171, lon: 7.464165 }; // centre in data/master/municipalities.csv
const CORNERS: [number, number][] = [
  [7.3, 51.41],
  [7.45, 51.41],
  [7.63, 51.41],
  [7.63, 51.6],
  [7.45, 51.6],
  [7.3, 51.6],
  [7.3, 51.41],
];

describe('reprojection to WGS84', () => {
  it('the independent Krüger formula and proj4 agree on Dortmund to a millimetre', () => {
    const [e, n] = utmForward(DORTMUND.lon, DORTMUND.lat);
    const [pe, pn] = proj4('WGS84', crsByCode('EPSG:25832')!.proj4!, [DORTMUND.lon, DORTMUND.lat]);
    expect(Math.abs(e - pe!)).toBeLessThan(0.001);
    expect(Math.abs(n - pn!)).toBeLessThan(0.001);
    expect(e).toBeCloseTo(393429.41, 1);
    expect(n).toBeCloseTo(5708123.34, 1);
  });

  it('the UTM fixture holds the corners taken to UTM 32N by the Krüger formula', () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, 'dortmund-utm32.geojson'), 'utf8'));
    const ring = doc.features[0].geometry.coordinates[0] as [number, number][];
    ring.forEach((p, i) => {
      const [e, n] = utmForward(...CORNERS[i]!);
      expect(Math.abs(p[0] - e)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(p[1] - n)).toBeLessThanOrEqual(0.005);
    });
  });

  it('imports the EPSG:25832 file back to the round longitudes and latitudes, Dortmund centre inside', async () => {
    const source = readGeoJson(join(FIXTURES, 'dortmund-utm32.geojson'));
    expect(source.crs.code).toBe('EPSG:25832');
    expect(source.crsFrom).toBe('crs member');
    const collected = await collectBoundaries(source, new Set(['05913000']), { keyField: 'AGS' });
    const polygon = collected.units.get('05913000')!.polygons[0]!;
    polygon[0]!.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(CORNERS[i]![0], 6);
      expect(p[1]).toBeCloseTo(CORNERS[i]![1], 6);
    });
    expect(geometryContains({ type: 'Polygon', coordinates: polygon }, DORTMUND.lon, DORTMUND.lat)).toBe(
      true,
    );
    // …and a point 2 km west of the western edge is not.
    expect(geometryContains({ type: 'Polygon', coordinates: polygon }, 7.27, DORTMUND.lat)).toBe(false);
  });

  it('EPSG:4647 is UTM 32N with the zone number in front of the easting', async () => {
    const [e, n] = utmForward(DORTMUND.lon, DORTMUND.lat);
    const [lon, lat] = (await toWgs84(crsByCode('EPSG:4647')!))!([32_000_000 + e, n]);
    expect(lon).toBeCloseTo(DORTMUND.lon, 7);
    expect(lat).toBeCloseTo(DORTMUND.lat, 7);
  });

  it('EPSG:31467 (DHDN Gauss-Krüger 3) shifts the datum by some 100 m, no more', async () => {
    // Gauss-Krüger coordinates of the centre's position taken as a DHDN position: the datum shift moves
    // the WGS84 result by roughly a hundred metres.
    const [r, h] = utmForward(DORTMUND.lon, DORTMUND.lat, GK3);
    const [lon, lat] = (await toWgs84(crsByCode('EPSG:31467')!))!([r, h]);
    const metres = Math.hypot(
      (lon - DORTMUND.lon) * 111_320 * Math.cos((DORTMUND.lat * Math.PI) / 180),
      (lat - DORTMUND.lat) * 111_320,
    );
    expect(metres).toBeGreaterThan(50);
    expect(metres).toBeLessThan(250);
  });

  it('WGS84 and ETRS89 need no transformation', async () => {
    expect(await toWgs84(crsByCode('EPSG:4326')!)).toBeNull();
    expect(await toWgs84(crsByCode('EPSG:4258')!)).toBeNull();
  });
});
