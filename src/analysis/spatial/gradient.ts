// North–south and east–west gradients: does a value rise or fall with latitude or longitude?
import { correlationTest } from '../../engine/stats/correlationTest.js';

export type Direction = 'north' | 'south' | 'east' | 'west' | null;

export interface Gradient {
  /** Spearman's rho of the value with latitude (> 0: higher in the north) and its two-sided p-value. */
  northSouth: { rho: number; p: number; higherIn: Direction };
  /** Spearman's rho of the value with longitude (> 0: higher in the east). */
  eastWest: { rho: number; p: number; higherIn: Direction };
  /** Mean value north and south of the median latitude; west and east of the median longitude. */
  means: { north: number; south: number; west: number; east: number };
}

/** A direction is named only when the rank correlation is significant at `alpha` (default 0.05). */
export function gradient(
  values: ArrayLike<number>,
  points: readonly { lat: number; lon: number }[],
  alpha = 0.05,
): Gradient {
  const x = Float64Array.from(values);
  const lat = Float64Array.from(points, (p) => p.lat);
  const lon = Float64Array.from(points, (p) => p.lon);
  const ns = correlationTest(x, lat, 'spearman');
  const ew = correlationTest(x, lon, 'spearman');
  const side = (t: { estimate: number; p: number }, plus: Direction, minus: Direction): Direction =>
    t.p <= alpha && Number.isFinite(t.estimate) && t.estimate !== 0 ? (t.estimate > 0 ? plus : minus) : null;
  const midLat = median(lat);
  const midLon = median(lon);
  const meanWhere = (keep: (i: number) => boolean) => {
    let s = 0;
    let n = 0;
    x.forEach((v, i) => {
      if (!Number.isNaN(v) && keep(i)) [s, n] = [s + v, n + 1];
    });
    return n === 0 ? Number.NaN : s / n;
  };
  return {
    northSouth: { rho: ns.estimate, p: ns.p, higherIn: side(ns, 'north', 'south') },
    eastWest: { rho: ew.estimate, p: ew.p, higherIn: side(ew, 'east', 'west') },
    means: {
      north: meanWhere((i) => lat[i]! > midLat),
      south: meanWhere((i) => lat[i]! <= midLat),
      west: meanWhere((i) => lon[i]! <= midLon),
      east: meanWhere((i) => lon[i]! > midLon),
    },
  };
}

function median(xs: Float64Array): number {
  const s = Float64Array.from(xs).sort();
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}
