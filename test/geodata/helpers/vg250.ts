// Test helper: a few VG250-like municipality rows (made-up boxes around real centres), in lon/lat and UTM 32N.
import { utmForward } from './utm.js';

export type LonLatRing = [number, number][];

export interface Vg250Row {
  AGS: string;
  ARS: string;
  GEN: string;
  GF: number;
  /** Polygons (outer ring first, counter-clockwise) in WGS84; null for a null shape. */
  polygons: LonLatRing[][] | null;
}

function box(x0: number, y0: number, x1: number, y1: number): LonLatRing {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

/**
 * Mülheim an der Ruhr (land and a water part), Oberhausen in two rows, Köln (not in the Ruhr master data)
 * and Essen with a null shape.
 */
export function vg250Rows(): Vg250Row[] {
  return [
    {
      AGS: '05117000',
      ARS: '051170000000',
      GEN: 'Mülheim an der Ruhr',
      GF: 4,
      polygons: [[box(6.83, 51.38, 6.95, 51.465), box(6.9, 51.4, 6.92, 51.41).reverse()]],
    },
    {
      AGS: '05117000',
      ARS: '051170000000',
      GEN: 'Mülheim an der Ruhr',
      GF: 2,
      polygons: [[box(6.9, 51.4, 6.92, 51.41)]],
    },
    {
      AGS: '05119000',
      ARS: '051190000000',
      GEN: 'Oberhausen',
      GF: 4,
      polygons: [[box(6.8, 51.465, 6.9, 51.5)]],
    },
    {
      AGS: '05119000',
      ARS: '051190000000',
      GEN: 'Oberhausen',
      GF: 4,
      polygons: [[box(6.8, 51.5, 6.9, 51.55)]],
    },
    { AGS: '05315000', ARS: '053150000000', GEN: 'Köln', GF: 4, polygons: [[box(6.8, 50.85, 7.1, 51.05)]] },
    { AGS: '05113000', ARS: '051130000000', GEN: 'Essen', GF: 4, polygons: null },
  ];
}

export function toUtm(polygons: LonLatRing[][]): LonLatRing[][] {
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => utmForward(lon, lat))));
}

/** Shapefile winding: outer rings clockwise, holes counter-clockwise (the reverse of GeoJSON's). */
export function shapefileRings(polygons: LonLatRing[][]): LonLatRing[] {
  return polygons.flatMap((rings) => rings.map((ring) => [...ring].reverse()));
}

export const ESRI_UTM32_PRJ =
  'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],' +
  'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],' +
  'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

export const OGC_UTM32_WKT =
  'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",' +
  '6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["central_meridian",9],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],UNIT["metre",1],' +
  'AUTHORITY["EPSG","25832"]]';
