// geodata: which municipality a point (e.g. a job ad's coordinates) lies in: ray casting with a bbox prefilter.
import { bboxOf, polygonsOf } from './geometry.js';
import type { BBox, Geometry, PolygonCoordinates, Ring } from './types.js';

/** A municipality's boundary as the spatial helpers take it; `bbox` is computed when absent. */
export interface MunicipalityGeometry {
  code: string;
  geometry: Geometry;
  bbox?: BBox;
}

/**
 * The code of the first geometry containing the point (WGS84 degrees), or null. A point is inside a polygon
 * when a ray from it crosses the outer ring an odd number of times and no hole contains it. Points exactly on
 * a shared border belong to one of the two neighbours (whichever the crossing rule gives); pass the result of
 * `listBoundaries` (bbox from the database) to skip recomputing boxes.
 */
export function pointInMunicipality(
  lon: number,
  lat: number,
  geometries: readonly MunicipalityGeometry[],
): string | null {
  for (const g of geometries) {
    const [minX, minY, maxX, maxY] = g.bbox ?? bboxOf(g.geometry);
    if (lon < minX || lon > maxX || lat < minY || lat > maxY) continue;
    if (geometryContains(g.geometry, lon, lat)) return g.code;
  }
  return null;
}

export function geometryContains(geometry: Geometry, x: number, y: number): boolean {
  return polygonsOf(geometry).some((polygon) => polygonContains(polygon, x, y));
}

export function polygonContains(polygon: PolygonCoordinates, x: number, y: number): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !ringContains(outer, x, y)) return false;
  return !holes.some((hole) => ringContains(hole, x, y));
}

/** Even–odd rule: count the edges a ray towards +x crosses (half-open in y, so vertices count once). */
export function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
