// geodata: reads a boundary stream into one set of polygons per AGS of the master data (keys, GF, reprojection).
import { IngestError } from '../ingest/errors.js';
import { describeCrs } from './crs.js';
import { firstOutsideWgs84, polygonsOf } from './geometry.js';
import { normaliseAgs } from './keys.js';
import { reprojectGeometry, toWgs84 } from './reproject.js';
import type { BoundarySource, FeatureLocation, PolygonCoordinates } from './types.js';

/** VG250's Geofaktor: 4 = land area with structure, the areas BKG recommends for maps of municipalities. */
const GF_LAND = 4;

export interface CollectOptions {
  /** Attribute holding the key (default `AGS`); matched ignoring letter case. */
  keyField: string;
  /** Attribute holding the name (default: the first of `GEN`, `name`). */
  nameField?: string;
}

export interface CollectedUnit {
  polygons: PolygonCoordinates[];
  /** Features merged into this unit. */
  parts: number;
  /** Names the features gave, in order of appearance. */
  names: string[];
}

export interface Collected {
  units: Map<string, CollectedUnit>;
  /** Features read from the file. */
  features: number;
  /** Features dropped because their Geofaktor (GF) is not 4 (water areas, areas without structure). */
  filteredGf: number;
  /** Features without geometry. */
  empty: number;
  /** Features whose AGS is not in the master data, and those distinct AGS. */
  skippedFeatures: number;
  skippedKeys: string[];
}

/** Consumes the source's features; throws IngestError naming file, record and field for bad keys and coordinates. */
export async function collectBoundaries(
  source: BoundarySource,
  known: ReadonlySet<string>,
  options: CollectOptions,
): Promise<Collected> {
  const transform = await toWgs84(source.crs);
  const out: Collected = {
    units: new Map(),
    features: 0,
    filteredGf: 0,
    empty: 0,
    skippedFeatures: 0,
    skippedKeys: [],
  };
  const skipped = new Set<string>();
  for await (const feature of source.features) {
    out.features++;
    const { properties, location } = feature;
    const gf = property(properties, 'GF');
    if (gf && gf[1] !== null && gf[1] !== '' && Number(gf[1]) !== GF_LAND) {
      out.filteredGf++;
      continue;
    }
    const key = property(properties, options.keyField);
    if (!key) {
      throw fieldError(
        location,
        options.keyField,
        `no attribute "${options.keyField}" (attributes: ${Object.keys(properties).join(', ') || 'none'}; choose with --key)`,
      );
    }
    const ags = normaliseAgs(key[1]);
    if (ags === null) {
      throw fieldError(
        location,
        key[0],
        `${JSON.stringify(key[1])} is not a municipality key (8-digit AGS, 12-digit ARS or a number that lost its leading zero)`,
      );
    }
    if (!known.has(ags)) {
      out.skippedFeatures++;
      skipped.add(ags);
      continue;
    }
    if (feature.geometry === null) {
      out.empty++;
      continue;
    }
    const geometry = reprojectGeometry(feature.geometry, transform);
    const outside = firstOutsideWgs84(geometry);
    if (outside) {
      const [x, y] = outside;
      throw new IngestError(
        location.geometryFile ?? location.file,
        location.line,
        location.geometryField,
        transform
          ? `reprojected from ${describeCrs(source.crs)} to ${x}, ${y}, which is not a longitude/latitude: is the CRS right (--crs)?`
          : `${x}, ${y} is not a WGS 84 longitude/latitude (CRS: ${source.crsFrom}); projected coordinates need --crs, e.g. EPSG:25832`,
      );
    }
    const name = nameOf(properties, options.nameField);
    const entry = out.units.get(ags);
    if (entry) {
      entry.polygons.push(...polygonsOf(geometry));
      entry.parts++;
      if (name !== null && !entry.names.includes(name)) entry.names.push(name);
    } else {
      out.units.set(ags, {
        polygons: [...polygonsOf(geometry)],
        parts: 1,
        names: name === null ? [] : [name],
      });
    }
  }
  out.skippedKeys = [...skipped].sort();
  return out;
}

/** [the attribute's name as written, its value] for `name` in any letter case; undefined when absent. */
export function property(
  properties: Readonly<Record<string, unknown>>,
  name: string,
): [string, unknown] | undefined {
  if (Object.hasOwn(properties, name)) return [name, properties[name]];
  const lower = name.toLowerCase();
  const found = Object.keys(properties).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : [found, properties[found]];
}

function nameOf(properties: Readonly<Record<string, unknown>>, field: string | undefined): string | null {
  for (const candidate of field ? [field] : ['GEN', 'name']) {
    const value = property(properties, candidate)?.[1];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function fieldError(location: FeatureLocation, field: string, problem: string): IngestError {
  return new IngestError(location.file, location.line, `${location.prefix}${field}`, problem);
}
