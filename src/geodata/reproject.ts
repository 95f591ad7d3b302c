// geodata: brings coordinates from a source CRS to WGS84 longitude/latitude with proj4.
import { mapPositions } from './geometry.js';
import type { Crs, Geometry, Position } from './types.js';

/**
 * A function taking a position of `crs` to WGS84 [lon, lat]; null when `crs` needs no transformation (proj4
 * is loaded only then).
 */
export async function toWgs84(crs: Crs): Promise<((p: Position) => Position) | null> {
  if (crs.proj4 === null) return null;
  const { default: proj4 } = await import('proj4');
  const converter = proj4(crs.proj4, 'WGS84');
  return (p) => {
    const [lon, lat] = converter.forward([p[0], p[1]]);
    return [lon!, lat!];
  };
}

export function reprojectGeometry(
  geometry: Geometry,
  transform: ((p: Position) => Position) | null,
): Geometry {
  return transform ? mapPositions(geometry, transform) : geometry;
}
