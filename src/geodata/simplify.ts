// geodata: Douglas–Peucker simplification of each ring, in metres, without making a polygon invalid.
import { fromPolygons, polygonsOf, ringArea2 } from './geometry.js';
import type { Geometry, PolygonCoordinates, Position, Ring } from './types.js';

/** Metres per degree of latitude (and of longitude at the equator); plenty for a tolerance. */
const METRES_PER_DEGREE = 111_320;

/**
 * Simplifies every ring with Douglas–Peucker at `toleranceM` metres (lon/lat scaled to metres around the
 * polygon). A polygon whose simplified rings would be degenerate (fewer than 4 positions, zero area, winding
 * flipped) or would cross themselves or each other is retried at half the tolerance, three times, and kept
 * as it was after that. Tolerance 0 returns the geometry unchanged.
 */
export function simplifyGeometry(geometry: Geometry, toleranceM: number): Geometry {
  if (!(toleranceM > 0)) return geometry;
  return fromPolygons(polygonsOf(geometry).map((polygon) => simplifyPolygon(polygon, toleranceM)));
}

export function simplifyPolygon(polygon: PolygonCoordinates, toleranceM: number): PolygonCoordinates {
  const lat0 = polygon[0]?.[0]?.[1] ?? 0;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const ky = METRES_PER_DEGREE;
  for (let attempt = 0, tol = toleranceM; attempt < 4; attempt++, tol /= 2) {
    const rings = polygon.map((ring) => simplifyRing(ring, tol / kx, tol / ky));
    if (rings.every((r, i) => ringStillValid(polygon[i]!, r)) && !crosses(rings)) return rings;
  }
  return polygon;
}

/**
 * Douglas–Peucker on a closed ring: split at the first position and the one farthest from it, simplify both
 * halves, keep both split points. `tx`, `ty` are the tolerance in degrees of longitude and latitude.
 */
export function simplifyRing(ring: Ring, tx: number, ty: number): Ring {
  const n = ring.length - 1; // distinct positions; ring[n] repeats ring[0]
  if (n <= 3) return ring;
  const pts = ring.map(([x, y]): Position => [x / tx, y / ty]); // tolerance becomes 1
  let far = 1;
  let best = -1;
  for (let i = 1; i < n; i++) {
    const d = (pts[i]![0] - pts[0]![0]) ** 2 + (pts[i]![1] - pts[0]![1]) ** 2;
    if (d > best) [best, far] = [d, i];
  }
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[far] = keep[n] = 1;
  markDouglasPeucker(pts, 0, far, keep);
  markDouglasPeucker(pts, far, n, keep);
  const out: Ring = [];
  for (let i = 0; i <= n; i++) if (keep[i]) out.push(ring[i]!);
  return out;
}

/** Marks the positions between `first` and `last` that lie farther than 1 from the simplified line. */
function markDouglasPeucker(pts: Position[], first: number, last: number, keep: Uint8Array): void {
  const stack: [number, number][] = [[first, last]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    let index = -1;
    let max = 1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(pts[i]!, pts[a]!, pts[b]!);
      if (d > max) [max, index] = [d, i];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
}

/** Squared distance from `p` to the segment a–b. */
export function segmentDistance2(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

function ringStillValid(original: Ring, simplified: Ring): boolean {
  if (simplified.length < 4) return false;
  const before = ringArea2(original);
  const after = ringArea2(simplified);
  return after !== 0 && Math.sign(after) === Math.sign(before);
}

interface Segment {
  ring: number;
  index: number;
  size: number;
  a: Position;
  b: Position;
  minX: number;
  maxX: number;
}

/**
 * Whether any two edges of the polygon's rings cross or touch, other than neighbouring edges of one ring at
 * their shared position. A sweep over x keeps this near-linear for boundary-like rings.
 */
export function crosses(rings: Ring[]): boolean {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 1]!;
      segments.push({
        ring: r,
        index: i,
        size: ring.length - 1,
        a,
        b,
        minX: Math.min(a[0], b[0]),
        maxX: Math.max(a[0], b[0]),
      });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    for (let j = i + 1; j < segments.length && segments[j]!.minX <= s.maxX; j++) {
      const t = segments[j]!;
      if (adjacent(s, t)) continue;
      if (intersect(s.a, s.b, t.a, t.b)) return true;
    }
  }
  return false;
}

function adjacent(s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const d = Math.abs(s.index - t.index);
  return d === 1 || d === s.size - 1;
}

function orient(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** Closed-segment intersection (touching counts). */
export function intersect(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (d1 !== d2 && d3 !== d4 && d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) return true;
  return (
    (d1 === 0 && onSegment(q1, q2, p1)) ||
    (d2 === 0 && onSegment(q1, q2, p2)) ||
    (d3 === 0 && onSegment(p1, p2, q1)) ||
    (d4 === 0 && onSegment(p1, p2, q2))
  );
}
