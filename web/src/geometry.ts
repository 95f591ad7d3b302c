// Boundaries for the map: rings wound as d3-geo expects (it reads RFC 7946's counter-clockwise rings as "everything but").
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** The unit code a boundary feature carries (`AGS` for municipalities, `code` for other unit sets). */
export function featureCode(feature: Feature): string | null {
  const p = feature.properties ?? {};
  const code: unknown = p.code ?? p.AGS ?? p.ags;
  return typeof code === 'string' ? code : null;
}

/** Reverses the rings of polygons that d3-geo would read as covering more than half the sphere. */
export function rewound(collection: FeatureCollection): FeatureCollection {
  return {
    ...collection,
    features: collection.features.map((feature) =>
      feature.geometry && geoArea(feature) > 2 * Math.PI
        ? { ...feature, geometry: reverseRings(feature.geometry) }
        : feature,
    ),
  };
}

function reverseRings(geometry: Geometry): Geometry {
  const ring = (positions: Position[]): Position[] => [...positions].reverse();
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  if (geometry.type === 'MultiPolygon')
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
  return geometry;
}
