// geodata: the coordinate reference systems boundary files come in, and how to recognise them.
import type { Crs } from './types.js';

/*
 * ETRS89 and WGS84 differ by well under a metre in Germany (ETRS89 is fixed to the Eurasian plate, which drifts
 * about 2.5 cm a year against WGS84 since 1989). At the scale of municipality boundaries (VG250 is 1:250,000)
 * that is nothing, so ETRS89 coordinates are taken as WGS84 (`+towgs84=0,…`), as is common practice.
 */
const WGS84: Crs = { code: 'EPSG:4326', name: 'WGS 84', proj4: null };

const KNOWN: Record<string, Crs> = {
  'EPSG:4326': WGS84,
  'OGC:CRS84': { code: 'OGC:CRS84', name: 'WGS 84 (longitude, latitude)', proj4: null },
  'EPSG:4258': { code: 'EPSG:4258', name: 'ETRS89 (taken as WGS 84)', proj4: null },
  'EPSG:25832': {
    code: 'EPSG:25832',
    name: 'ETRS89 / UTM zone 32N',
    proj4: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  'EPSG:25833': {
    code: 'EPSG:25833',
    name: 'ETRS89 / UTM zone 33N',
    proj4: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  'EPSG:4647': {
    code: 'EPSG:4647',
    name: 'ETRS89 / UTM zone 32N (zE-N)',
    proj4:
      '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 ' +
      '+towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  'EPSG:31467': {
    code: 'EPSG:31467',
    name: 'DHDN / 3-degree Gauss-Kruger zone 3',
    // The usual seven-parameter shift for all of Germany (a few metres off locally; fine for boundaries).
    proj4:
      '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel ' +
      '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  'EPSG:3035': {
    code: 'EPSG:3035',
    name: 'ETRS89 / LAEA Europe',
    proj4:
      '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 ' +
      '+towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
};

/** The codes `--crs` accepts, for help texts and error messages. */
export const KNOWN_CRS_CODES = Object.keys(KNOWN);

export const DEFAULT_CRS = WGS84;

/** The CRS for a code such as `EPSG:25832`, `25832`, `urn:ogc:def:crs:EPSG::25832` or `…:OGC:1.3:CRS84`. */
export function crsByCode(text: string): Crs | undefined {
  const t = text.trim();
  if (/CRS:?84$/i.test(t)) return KNOWN['OGC:CRS84'];
  const epsg = /^(?:(?:urn:ogc:def:crs:)?EPSG:+(?:[\d.]*:)?)?(\d{4,5})$/i.exec(t);
  if (epsg) return KNOWN[`EPSG:${epsg[1]}`];
  const url = /opengis\.net\/def\/crs\/EPSG\/\d+\/(\d+)$/i.exec(t);
  return url ? KNOWN[`EPSG:${url[1]}`] : undefined;
}

/** Names of a WKT (OGC or ESRI flavour, as in a shapefile's .prj) → EPSG code. */
const WKT_NAMES: [RegExp, string][] = [
  [/^etrs_?(19)?89_?(\/_)?utm_?zone_?32n?_?ze_?n$/, 'EPSG:4647'],
  [/^etrs_?(19)?89_?(\/_)?utm_?(zone_?)?32n?$/, 'EPSG:25832'],
  [/^etrs_?(19)?89_?(\/_)?utm_?(zone_?)?33n?$/, 'EPSG:25833'],
  [/^dhdn_?(\/_)?3_?degree_?gauss_?(kruger_?)?zone_?3$/, 'EPSG:31467'],
  [/^dhdn_?(\/_)?gauss_?kruger_?zone_?3$/, 'EPSG:31467'],
  [/^etrs_?(19)?89_?(extended_?)?(\/_)?laea(_?europe)?$/, 'EPSG:3035'],
  [/^(gcs_)?wgs_?(19)?84$/, 'EPSG:4326'],
  [/^(gcs_)?etrs_?(19)?89$/, 'EPSG:4258'],
];

/** Recognises the CRS of a WKT definition (a .prj file, gpkg_spatial_ref_sys.definition); undefined if unknown. */
export function crsFromWkt(wkt: string): Crs | undefined {
  const top = /^\s*(PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  if (!top) return undefined;
  // In WKT1 the outermost AUTHORITY comes last; WKT2 writes ID["EPSG",n] last as well.
  const ids = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const last = ids.at(-1);
  if (last && isOutermost(wkt, last.index)) {
    const byId = crsByCode(`EPSG:${last[1]}`);
    if (byId) return byId;
  }
  const name = top[2]!
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, '_')
    .replace(/^_|_$/g, '');
  for (const [pattern, code] of WKT_NAMES) {
    if (pattern.test(name)) {
      // ESRI writes "ETRS_1989_UTM_Zone_32N" for the zE-N variant too; only the false easting tells them apart.
      if (code === 'EPSG:25832' && /false_easting"\s*,\s*32500000/i.test(wkt)) return KNOWN['EPSG:4647'];
      return KNOWN[code];
    }
  }
  return undefined;
}

/** Whether the AUTHORITY/ID at `index` belongs to the outermost bracket of the WKT (depth 1). */
function isOutermost(wkt: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    const c = wkt[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
  }
  return depth === 1;
}

/** A short note for the store and the summary, e.g. `EPSG:25832 (ETRS89 / UTM zone 32N)`. */
export function describeCrs(crs: Crs): string {
  return `${crs.code} (${crs.name})`;
}
