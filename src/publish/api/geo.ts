// GET /api/geometries and GET /api/editions/{year}/map.geojson: boundaries, and the results on them.
import type { StoredGeometry } from '../../store/geometries.js';
import { editionScope } from './notice.js';
import { publishedUnits } from './published.js';
import type { Snapshot } from './snapshot.js';
import type {
  GeoFeature,
  GeometriesResponse,
  GeometryProperties,
  MapProperties,
  MapResponse,
} from './types.js';

export function buildGeometries(
  geometries: readonly StoredGeometry[],
  names: ReadonlyMap<string, string>,
): GeometriesResponse {
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const features = geometries.map((g): GeoFeature<GeometryProperties> => {
    bbox[0] = Math.min(bbox[0], g.bbox[0]);
    bbox[1] = Math.min(bbox[1], g.bbox[1]);
    bbox[2] = Math.max(bbox[2], g.bbox[2]);
    bbox[3] = Math.max(bbox[3], g.bbox[3]);
    return {
      type: 'Feature',
      id: g.code,
      geometry: JSON.parse(g.geojson) as GeoFeature<GeometryProperties>['geometry'],
      properties: { code: g.code, name: names.get(g.code) ?? g.code, unitSet: g.unitSet },
    };
  });
  return { type: 'FeatureCollection', bbox, features };
}

/** Every unit as a feature: its imported boundary, else a point at its centre; units without either are left out. */
export function buildMap(snapshot: Snapshot, geometries: readonly StoredGeometry[]): MapResponse {
  const published = publishedUnits(snapshot);
  const byCode = new Map(geometries.map((g) => [g.code, g]));
  const features = snapshot.units.flatMap((u, i): GeoFeature<MapProperties>[] => {
    const boundary = byCode.get(u.code);
    const geometry = boundary
      ? (JSON.parse(boundary.geojson) as GeoFeature<MapProperties>['geometry'])
      : u.centerLon !== null && u.centerLat !== null
        ? { type: 'Point', coordinates: [u.centerLon, u.centerLat] }
        : null;
    if (!geometry) return [];
    const p = published[i]!;
    return [
      {
        type: 'Feature',
        id: u.code,
        geometry,
        properties: {
          code: u.code,
          name: u.name,
          unitSet: snapshot.data.unitSet,
          geometryKind: boundary ? 'boundary' : 'centre',
          scores: p.scores,
          ranks: p.ranks,
        },
      },
    ];
  });
  return { ...editionScope(snapshot.edition), type: 'FeatureCollection', features };
}
