// geodata: stored boundaries read back as geometries, and as the GeoJSON document `geodata export` writes.
import type { Kysely } from 'kysely';
import { getSource, listUnits, type Database } from '../store/index.js';
import { listGeometries } from '../store/geometries.js';
import type { MunicipalityGeometry } from './pointInMunicipality.js';
import type { Geometry } from './types.js';

export interface LoadedBoundary extends MunicipalityGeometry {
  name: string;
  bbox: [number, number, number, number];
  sourceId: string;
  /** The Douglas–Peucker tolerance the boundary was simplified with (pass it to `neighbours`). */
  simplifyToleranceM: number;
}

/** The stored boundaries of a unit set with the master data's names, ordered by code. */
export async function loadBoundaries(
  db: Kysely<Database>,
  unitSet = 'municipalities',
): Promise<LoadedBoundary[]> {
  const [rows, units] = await Promise.all([listGeometries(db, unitSet), listUnits(db, unitSet)]);
  const names = new Map(units.map((u) => [u.code, u.name]));
  return rows.map((r) => ({
    code: r.code,
    name: names.get(r.code) ?? r.sourceName ?? r.code,
    geometry: JSON.parse(r.geojson) as Geometry,
    bbox: r.bbox,
    sourceId: r.sourceId,
    simplifyToleranceM: r.simplifyToleranceM,
  }));
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  /** Attribution of the sources, as the licences require (e.g. `© GeoBasis-DE / BKG 2013`). */
  source: string | null;
  license: string | null;
  features: {
    type: 'Feature';
    properties: Record<string, string>;
    geometry: Geometry;
  }[];
}

/**
 * A GeoJSON FeatureCollection of the stored boundaries: properties `AGS` (or `code` for other unit sets) and
 * `name`, the sources' attribution and licence as members of the collection.
 */
export async function exportBoundaries(
  db: Kysely<Database>,
  unitSet = 'municipalities',
): Promise<BoundaryCollection> {
  const boundaries = await loadBoundaries(db, unitSet);
  const sources = await Promise.all(
    [...new Set(boundaries.map((b) => b.sourceId))].map((id) => getSource(db, id)),
  );
  const join = (values: (string | null | undefined)[]) => {
    const distinct = [...new Set(values.filter((v): v is string => !!v))];
    return distinct.length === 0 ? null : distinct.join('; ');
  };
  const keyName = unitSet === 'municipalities' ? 'AGS' : 'code';
  return {
    type: 'FeatureCollection',
    source: join(sources.map((s) => s?.publisher)),
    license: join(sources.map((s) => s?.licence)),
    features: boundaries.map((b) => ({
      type: 'Feature',
      properties: { [keyName]: b.code, name: b.name },
      geometry: b.geometry,
    })),
  };
}
