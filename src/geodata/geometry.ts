// geodata: small pure operations on polygons and multipolygons (parts, bbox, vertices, orientation, rounding).
import type { BBox, Geometry, PolygonCoordinates, Position, Ring } from './types.js';

/** The polygons of a geometry: one for a Polygon, all of them for a MultiPolygon. */
export function polygonsOf(geometry: Geometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A Polygon for one polygon, a MultiPolygon for several (at least one is required). */
export function fromPolygons(polygons: PolygonCoordinates[]): Geometry {
  if (polygons.length === 0) throw new Error('a geometry needs at least one polygon');
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function mapPositions(geometry: Geometry, fn: (p: Position) => Position): Geometry {
  return fromPolygons(polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map(fn))));
}

/** Number of positions, closing positions included (what a GeoJSON file holds). */
export function vertexCount(geometry: Geometry): number {
  let n = 0;
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) n += ring.length;
  return n;
}

export function bboxOf(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

export function unionBBox(boxes: Iterable<BBox>): BBox | null {
  let out: BBox | null = null;
  for (const b of boxes) {
    out = out
      ? [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])]
      : [...b];
  }
  return out;
}

/** Twice the signed area (shoelace); positive for counter-clockwise rings in x-right, y-up axes. */
export function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return sum;
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise (shapefiles store them the other way). */
export function orientGeometry(geometry: Geometry): Geometry {
  return fromPolygons(
    polygonsOf(geometry).map((polygon) =>
      polygon.map((ring, i) => {
        const ccw = ringArea2(ring) > 0;
        return ccw === (i === 0) ? ring : [...ring].reverse();
      }),
    ),
  );
}

/** Rounds every coordinate to `decimals` places and drops the consecutive duplicates this makes. */
export function roundGeometry(geometry: Geometry, decimals: number): Geometry {
  const f = 10 ** decimals;
  const round = (v: number) => Math.round(v * f) / f;
  return fromPolygons(
    polygonsOf(geometry).map((polygon) =>
      polygon.map((ring) => {
        const out: Ring = [];
        for (const [x, y] of ring) {
          const p: Position = [round(x), round(y)];
          const last = out.at(-1);
          if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
        }
        return out;
      }),
    ),
  );
}

/** The first position that is not a WGS84 longitude/latitude, or undefined. */
export function firstOutsideWgs84(geometry: Geometry): Position | undefined {
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const p of ring) {
        if (!(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) return p;
      }
    }
  }
  return undefined;
}
