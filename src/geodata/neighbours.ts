// geodata: which municipalities border each other (share an edge or a vertex, within a tolerance).
import { bboxOf, polygonsOf } from './geometry.js';
import type { MunicipalityGeometry } from './pointInMunicipality.js';
import { segmentDistance2 } from './simplify.js';
import type { Position } from './types.js';

const METRES_PER_DEGREE = 111_320;

export interface NeighbourOptions {
  /**
   * Metres within which a vertex of one boundary must lie from an edge of the other (default 1). Boundaries
   * simplified at tolerance t keep shared vertices within t of the neighbour's simplified edges: pass at
   * least the simplification tolerance (`listBoundaries` reports it).
   */
  toleranceM?: number;
}

/**
 * Pairs of codes [a, b] (a < b, sorted) whose boundaries share at least one edge or vertex: some vertex of one
 * lies within the tolerance of an edge (or vertex) of the other. Lon/lat are scaled to metres around the
 * middle latitude of all geometries; edges are looked up in a grid whose cells are about two typical edges
 * wide, so this stays near-linear in the number of vertices.
 */
export function neighbours(
  geometries: readonly MunicipalityGeometry[],
  options: NeighbourOptions = {},
): [string, string][] {
  const tol = options.toleranceM ?? 1;
  if (geometries.length < 2) return [];
  const boxes = geometries.map((g) => g.bbox ?? bboxOf(g.geometry));
  const midLat = (Math.min(...boxes.map((b) => b[1])) + Math.max(...boxes.map((b) => b[3]))) / 2;
  const kx = METRES_PER_DEGREE * Math.cos((midLat * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;

  // Rings in projected metres, per owner.
  const rings: { owner: number; pts: Position[] }[] = [];
  geometries.forEach((g, owner) => {
    for (const polygon of polygonsOf(g.geometry)) {
      for (const ring of polygon) rings.push({ owner, pts: ring.map(([lon, lat]) => [lon * kx, lat * ky]) });
    }
  });
  const cell = Math.max(2 * tol, 2 * medianEdge(rings.map((r) => r.pts)), 1e-6);
  let minX = Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { pts } of rings) {
    for (const [x, y] of pts) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  const x0 = Math.floor((minX - tol) / cell);
  const y0 = Math.floor((minY - tol) / cell);
  const rows = Math.floor((maxY + tol) / cell) - y0 + 1;
  const key = (x: number, y: number) => (Math.floor(x / cell) - x0) * rows + (Math.floor(y / cell) - y0);

  // Every edge in each cell its box (widened by the tolerance) covers.
  const grid = new Map<number, { owner: number; a: Position; b: Position }[]>();
  for (const { owner, pts } of rings) {
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      const edge = { owner, a, b };
      const cx1 = Math.floor((Math.max(a[0], b[0]) + tol) / cell);
      const cy1 = Math.floor((Math.max(a[1], b[1]) + tol) / cell);
      for (let cx = Math.floor((Math.min(a[0], b[0]) - tol) / cell); cx <= cx1; cx++) {
        for (let cy = Math.floor((Math.min(a[1], b[1]) - tol) / cell); cy <= cy1; cy++) {
          const k = (cx - x0) * rows + (cy - y0);
          const list = grid.get(k);
          if (list) list.push(edge);
          else grid.set(k, [edge]);
        }
      }
    }
  }

  const n = geometries.length;
  const found = new Set<number>();
  const tol2 = tol * tol;
  for (const { owner, pts } of rings) {
    for (let i = 0; i + 1 < pts.length; i++) {
      const p = pts[i]!;
      for (const edge of grid.get(key(p[0], p[1])) ?? []) {
        if (edge.owner === owner) continue;
        const id = Math.min(owner, edge.owner) * n + Math.max(owner, edge.owner);
        if (found.has(id)) continue;
        if (segmentDistance2(p, edge.a, edge.b) <= tol2) found.add(id);
      }
    }
  }
  const pairs = [...found]
    .map((id) => [geometries[Math.floor(id / n)]!.code, geometries[id % n]!.code].sort() as [string, string])
    .filter(([a, b]) => a !== b);
  return pairs.sort((x, y) => (x[0] === y[0] ? x[1].localeCompare(y[1]) : x[0].localeCompare(y[0])));
}

/** The median length of the rings' edges (0 when there are none). */
function medianEdge(rings: Position[][]): number {
  const lengths: number[] = [];
  for (const pts of rings) {
    for (let i = 0; i + 1 < pts.length; i++) {
      lengths.push(Math.hypot(pts[i + 1]![0] - pts[i]![0], pts[i + 1]![1] - pts[i]![1]));
    }
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}
