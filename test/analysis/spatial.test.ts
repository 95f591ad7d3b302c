// Neighbourhoods, gradients and axes of high values on small hand-made maps.
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../src/analysis/spatial/band.js';
import { gradient } from '../../src/analysis/spatial/gradient.js';
import { analyseSpatial } from '../../src/analysis/spatial/spatial.js';
import {
  circleNeighbours,
  contiguityNeighbours,
  distanceKm,
  kNearestNeighbours,
  rowStandardise,
} from '../../src/analysis/spatial/weights.js';
import { tinyEdition } from './fixture.js';

describe('neighbourhoods', () => {
  it('measures great-circle distances', () => {
    // One degree of latitude is 111.2 km on the mean-radius sphere (6371.0088 km · π / 180).
    expect(distanceKm({ lat: 51, lon: 7 }, { lat: 52, lon: 7 })).toBeCloseTo((6371.0088 * Math.PI) / 180, 6);
  });

  it('builds k nearest, contiguity and equal-area circle neighbours', () => {
    const pts = [0, 0.1, 0.3, 0.6].map((d) => ({ lat: 51, lon: 7 + d, areaKm2: 20 }));
    expect(kNearestNeighbours(pts, 1)).toEqual([[1], [0], [1], [2]]);
    expect(
      contiguityNeighbours(
        ['a', 'b', 'c'],
        [
          ['a', 'c'],
          ['c', 'x'],
        ],
      ),
    ).toEqual([[2], [], [0]]);
    // r = √(20/π) ≈ 2.52 km; 1.25 · 5.05 ≈ 6.3 km reach: 0.1° of longitude at 51° N is 7.0 km — too far,
    // so each is left with its nearest unit.
    expect(circleNeighbours(pts)).toEqual([[1], [0], [1], [2]]);
    // r ≈ 7.98 km: reach ≈ 19.9 km. Gaps are 7.0, 14.0 and 21.0 km: 0–1 and 1–2 touch; 3 (21 km from 2) is
    // alone and gets its nearest unit.
    const big = pts.map((p) => ({ ...p, areaKm2: 200 }));
    expect(circleNeighbours(big)).toEqual([[1], [0, 2], [1], [2]]);
    expect(rowStandardise('x', [[1, 2], [0]]).weights).toEqual([[0.5, 0.5], [1]]);
  });
});

describe('gradients and axes', () => {
  it('finds a north–south gradient and compares the halves', () => {
    const pts = Array.from({ length: 12 }, (_, i) => ({ lat: 51 + i / 10, lon: 7 + ((i * 7) % 12) / 10 }));
    const g = gradient(
      pts.map((p) => p.lat * 10),
      pts,
    );
    expect(g.northSouth.rho).toBeCloseTo(1, 12);
    expect(g.northSouth.higherIn).toBe('north');
    // Median latitude 51.55: the south holds 510..515 (mean 512.5), the north 516..521 (mean 518.5).
    expect(g.means.south).toBeCloseTo(512.5, 9);
    expect(g.means.north).toBeCloseTo(518.5, 9);
  });

  it('names a connected band of high values by its western and eastern end', () => {
    // A row of six units west to east; 1, 2, 3 are high and connected; 5 is high but alone.
    const path = rowStandardise('path', [[1], [0, 2], [1, 3], [2, 4], [3, 5], [4]]);
    const lon = [6.5, 6.7, 6.9, 7.1, 7.3, 7.5];
    const band = bandOf([1, 2, 3, 5], path, lon, [0, 9, 9, 9, 0, 9]);
    expect(band).toEqual({ members: [1, 2, 3], west: 1, east: 3 });
    expect(bandOf([], path, lon, lon)).toBeNull();
  });

  it('reports Moran, gradients and bands per node of an edition', () => {
    const units = Array.from({ length: 8 }, (_, i) => ({
      code: `T${i}`,
      lat: 51 + (i % 2) * 0.2,
      lon: 6.5 + Math.floor(i / 2) * 0.15,
      areaKm2: 100,
    }));
    const data = tinyEdition(units, {
      x1: [1, 9, 2, 8, 3, 7, 4, 6],
      x2: [1, 9, 2, 8, 3, 7, 4, 6],
      y: [5, 5, 4, 4, 3, 3, 2, 2],
    });
    const s = analyseSpatial(data, { permutations: 99, seed: 2 });
    expect(s.neighbourhood.kind).toBe('circles');
    expect(s.nodes.map((n) => n.node)).toEqual(['index', 'a', 'b', 'x1', 'x2', 'y']);
    const x1 = s.nodes.find((n) => n.node === 'x1')!;
    expect(x1.gradient.northSouth.rho).toBeGreaterThan(0.5); // odd units (north) are high
    const y = s.nodes.find((n) => n.node === 'y')!;
    expect(y.gradient.eastWest.rho).toBeLessThan(-0.9); // y falls towards the east
    expect(analyseSpatial(data, { neighbourhood: 'knn', k: 3, permutations: 9 }).neighbourhood.kind).toBe(
      'knn:3',
    );
    expect(() => analyseSpatial(data, { neighbourhood: 'contiguity' })).toThrow(/boundaries/);
  });
});
