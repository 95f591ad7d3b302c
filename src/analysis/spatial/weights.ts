// Spatial weights: who neighbours whom (shared border pairs or k nearest centres), row-standardised.

/** Row-standardised weights: each unit's neighbours (positions) with weights summing to 1. */
export interface SpatialWeights {
  /** How the neighbourhoods were formed, e.g. "contiguity" or "knn:5". */
  kind: string;
  neighbours: number[][];
  weights: number[][];
}

/** Weights from binary neighbour lists, each row divided by its number of neighbours (spdep's style "W"). */
export function rowStandardise(kind: string, neighbours: number[][]): SpatialWeights {
  return {
    kind,
    neighbours,
    weights: neighbours.map((list) => list.map(() => 1 / list.length)),
  };
}

/** Binary (unstandardised) weights: every neighbour weighs 1 (spdep's style "B"). */
export function binary(kind: string, neighbours: number[][]): SpatialWeights {
  return { kind, neighbours, weights: neighbours.map((list) => list.map(() => 1)) };
}

/** Neighbours from pairs of codes sharing a border (symmetric); codes not in `codes` are ignored. */
export function contiguityNeighbours(
  codes: readonly string[],
  pairs: readonly [string, string][],
): number[][] {
  const position = new Map(codes.map((c, i) => [c, i]));
  const lists = codes.map(() => new Set<number>());
  for (const [a, b] of pairs) {
    const i = position.get(a);
    const j = position.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    lists[i]!.add(j);
    lists[j]!.add(i);
  }
  return lists.map((s) => [...s].sort((x, y) => x - y));
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points in degrees (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The k nearest other units of each unit by centre distance (ties by position), as spdep's knearneigh. */
export function kNearestNeighbours(points: readonly { lat: number; lon: number }[], k: number): number[][] {
  if (!(Number.isInteger(k) && k >= 1 && k < points.length))
    throw new RangeError(`k must be a whole number from 1 to ${points.length - 1}, not ${k}`);
  return points.map((p, i) =>
    points
      .map((q, j) => ({ j, d: j === i ? Infinity : distanceKm(p, q) }))
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, k)
      .map((x) => x.j)
      .sort((a, b) => a - b),
  );
}

/** Σ_i Σ_j w_ij, the S0 of Moran's I. */
export function weightSum(w: SpatialWeights): number {
  return w.weights.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
}

/**
 * Approximate contiguity when no boundaries are imported: each unit is a circle of its own area around its
 * centre, and two units neighbour when their circles, widened by `slack` (default 1.25), overlap:
 * distance ≤ slack · (r_i + r_j) with r = √(area / π). A unit left without neighbours gets its nearest one.
 */
export function circleNeighbours(
  points: readonly { lat: number; lon: number; areaKm2: number }[],
  slack = 1.25,
): number[][] {
  const radius = points.map((p) => Math.sqrt(Math.max(p.areaKm2, 0) / Math.PI));
  return points.map((p, i) => {
    const list = points
      .map((q, j) => (j !== i && distanceKm(p, q) <= slack * (radius[i]! + radius[j]!) ? j : -1))
      .filter((j) => j >= 0);
    return list.length > 0 ? list : kNearestNeighbours(points, 1)[i]!;
  });
}
