import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ringArea2 } from '../../src/geodata/geometry.js';
import { crosses, segmentDistance2, simplifyGeometry, simplifyRing } from '../../src/geodata/simplify.js';
import type { Position, Ring } from '../../src/geodata/types.js';

const LAT = 51.5;
const KX = 111_320 * Math.cos((LAT * Math.PI) / 180);
const KY = 111_320;

/** A star-shaped ring around (7.4, 51.5): radius `r` metres plus noise, `n` vertices, counter-clockwise. */
function noisyRing(n: number, noise: number[], r = 5000): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const radius = r + (noise[i % noise.length] ?? 0);
    ring.push([7.4 + (radius * Math.cos(a)) / KX, LAT + (radius * Math.sin(a)) / KY]);
  }
  ring.push(ring[0]!);
  return ring;
}

/** Largest distance in metres from a vertex of `original` to the closed ring `simplified`. */
function hausdorffToRing(original: Ring, simplified: Ring): number {
  const m = (p: Position): Position => [p[0] * KX, p[1] * KY];
  let worst = 0;
  for (const p of original) {
    let best = Infinity;
    for (let i = 0; i + 1 < simplified.length; i++) {
      best = Math.min(best, segmentDistance2(m(p), m(simplified[i]!), m(simplified[i + 1]!)));
    }
    worst = Math.max(worst, Math.sqrt(best));
  }
  return worst;
}

describe('Douglas–Peucker on rings', () => {
  it('keeps a square and drops collinear points', () => {
    const ring: Ring = [
      [0, 0],
      [0.5, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01, 0.01)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
  });

  it('tolerance 0 changes nothing', () => {
    const g = { type: 'Polygon' as const, coordinates: [noisyRing(50, [0, 30, -30])] };
    expect(simplifyGeometry(g, 0)).toBe(g);
  });

  it('keeps a closed, valid ring of original vertices, every original vertex within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 400 }),
        fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 300 }),
        (n, noise, tolerance) => {
          const ring = noisyRing(n, noise);
          const geometry = simplifyGeometry({ type: 'Polygon', coordinates: [ring] }, tolerance);
          const out = (geometry.coordinates as Ring[])[0]!;
          expect(out.length).toBeGreaterThanOrEqual(4);
          expect(out.length).toBeLessThanOrEqual(ring.length);
          expect(out[0]).toEqual(out.at(-1));
          const originals = new Set(ring.map((p) => p.join()));
          expect(out.every((p) => originals.has(p.join()))).toBe(true);
          expect(Math.sign(ringArea2(out))).toBe(Math.sign(ringArea2(ring)));
          expect(crosses([out])).toBe(false);
          expect(hausdorffToRing(ring, out)).toBeLessThanOrEqual(tolerance * 1.0001);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('makes a dense ring much lighter', () => {
    const ring = noisyRing(2000, [0, 3, -2, 5, -4, 1]);
    const out = (simplifyGeometry({ type: 'Polygon', coordinates: [ring] }, 20).coordinates as Ring[])[0]!;
    expect(out.length).toBeLessThan(ring.length / 4);
  });

  it('falls back to a smaller tolerance rather than letting a hole cross its outer ring', () => {
    // Metres east/north of (7°, 51.5°). The outer ring bulges 45 m south at x = 500 and a hole reaches into
    // the bulge: at 50 m Douglas–Peucker would straighten the bulge through the hole; at 25 m it keeps it.
    const at = (x: number, y: number): Position => [7 + x / KX, LAT + y / KY];
    const outer: Ring = [
      at(0, 0),
      at(400, 0),
      at(500, -45),
      at(600, 0),
      at(1000, 0),
      at(1000, 1000),
      at(500, 1000),
      at(0, 1000),
      at(0, 0),
    ];
    const hole: Ring = [at(460, -15), at(460, 200), at(540, 200), at(540, -15), at(460, -15)];
    expect(crosses([simplifyRing(outer, 50 / KX, 50 / KY), hole])).toBe(true);
    const out = simplifyGeometry({ type: 'Polygon', coordinates: [outer, hole] }, 50).coordinates as Ring[];
    expect(crosses(out)).toBe(false);
    expect(out[0]).toContainEqual(at(500, -45));
    expect(out[0]).not.toContainEqual(at(500, 1000));
    expect(out[1]).toEqual(hole);
  });
});

describe('crosses', () => {
  it('finds a bow tie and accepts a square', () => {
    expect(
      crosses([
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ]),
    ).toBe(true);
    expect(
      crosses([
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ]),
    ).toBe(false);
  });

  it('finds a hole touching its outer ring', () => {
    const outer: Ring = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    expect(
      crosses([
        outer,
        [
          [1, 1],
          [1, 2],
          [2, 2],
          [2, 1],
          [1, 1],
        ],
      ]),
    ).toBe(false);
    expect(
      crosses([
        outer,
        [
          [0, 1],
          [1, 2],
          [2, 2],
          [2, 1],
          [0, 1],
        ],
      ]),
    ).toBe(true);
  });
});
