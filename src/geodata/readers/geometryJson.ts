// geodata: checks a GeoJSON geometry object (from a .geojson file or the shapefile library) and types it.
import type { Geometry, PolygonCoordinates, Position, Ring } from '../types.js';

/** Thrown with a path inside the geometry (e.g. `coordinates[0][2]`); the reader adds file and feature. */
export class GeometryProblem extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'GeometryProblem';
  }
}

/** A Polygon or MultiPolygon, or null for a null geometry; other types and malformed coordinates throw. */
export function parseGeometryJson(value: unknown): Geometry | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new GeometryProblem('', 'is not a GeoJSON geometry object');
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return { type, coordinates: polygon(coordinates, 'coordinates') };
  if (type === 'MultiPolygon') {
    const polygons = array(coordinates, 'coordinates');
    if (polygons.length === 0) throw new GeometryProblem('coordinates', 'a MultiPolygon without polygons');
    return { type, coordinates: polygons.map((p, i) => polygon(p, `coordinates[${i}]`)) };
  }
  throw new GeometryProblem(
    'type',
    `${JSON.stringify(type)}: only Polygon and MultiPolygon are municipality boundaries`,
  );
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new GeometryProblem(path, 'must be an array');
  return value;
}

function polygon(value: unknown, path: string): PolygonCoordinates {
  const rings = array(value, path);
  if (rings.length === 0) throw new GeometryProblem(path, 'a polygon without rings');
  return rings.map((r, i) => ring(r, `${path}[${i}]`));
}

function ring(value: unknown, path: string): Ring {
  const positions = array(value, path).map((p, i) => position(p, `${path}[${i}]`));
  if (positions.length < 4) {
    throw new GeometryProblem(path, `a ring needs at least 4 positions, has ${positions.length}`);
  }
  const first = positions[0]!;
  const last = positions.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new GeometryProblem(
      path,
      `ring is not closed (starts at ${first.join(', ')}, ends at ${last.join(', ')})`,
    );
  }
  return positions;
}

function position(value: unknown, path: string): Position {
  const p = array(value, path);
  const [x, y] = p;
  if (p.length < 2 || typeof x !== 'number' || typeof y !== 'number' || !isFinite(x) || !isFinite(y)) {
    throw new GeometryProblem(path, `${JSON.stringify(value)} is not a position [x, y]`);
  }
  return [x, y];
}
