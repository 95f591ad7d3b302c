import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/geodata/neighbours.js';
import {
  pointInMunicipality,
  ringContains,
  type MunicipalityGeometry,
} from '../../src/geodata/pointInMunicipality.js';
import { simplifyGeometry } from '../../src/geodata/simplify.js';
import type { Geometry, Ring } from '../../src/geodata/types.js';

/** An axis-parallel box as a counter-clockwise ring. */
function box(x0: number, y0: number, x1: number, y1: number): Ring {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

function polygon(...rings: Ring[]): Geometry {
  return { type: 'Polygon', coordinates: rings };
}

/** A 3 × 3 grid of 0.1° cells near the Ruhr, codes A1…C3 (column letter, row number). */
function grid(): MunicipalityGeometry[] {
  const out: MunicipalityGeometry[] = [];
  for (let c = 0; c < 3; c++) {
    for (let r = 0; r < 3; r++) {
      out.push({
        code: `${'ABC'[c]}${r + 1}`,
        geometry: polygon(box(7 + c * 0.1, 51.3 + r * 0.1, 7.1 + c * 0.1, 51.4 + r * 0.1)),
      });
    }
  }
  return out;
}

describe('pointInMunicipality', () => {
  const cells = grid();

  it('finds the cell of a point and null outside all', () => {
    expect(pointInMunicipality(7.05, 51.35, cells)).toBe('A1');
    expect(pointInMunicipality(7.25, 51.55, cells)).toBe('C3');
    expect(pointInMunicipality(7.15, 51.45, cells)).toBe('B2');
    expect(pointInMunicipality(6.9, 51.35, cells)).toBeNull();
    expect(pointInMunicipality(7.05, 51.65, cells)).toBeNull();
  });

  it('gives every point strictly inside a cell to that cell (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0.001, max: 0.099, noNaN: true }),
        fc.double({ min: 0.001, max: 0.099, noNaN: true }),
        (c, r, dx, dy) => {
          expect(pointInMunicipality(7 + c * 0.1 + dx, 51.3 + r * 0.1 + dy, cells)).toBe(
            `${'ABC'[c]}${r + 1}`,
          );
        },
      ),
    );
  });

  it('leaves holes out and finds the other parts of a MultiPolygon', () => {
    const withHole: MunicipalityGeometry = {
      code: 'H',
      geometry: polygon(box(0, 0, 10, 10), [
        [4, 4],
        [4, 6],
        [6, 6],
        [6, 4],
        [4, 4],
      ]),
    };
    const enclave: MunicipalityGeometry = { code: 'E', geometry: polygon(box(4, 4, 6, 6)) };
    const multi: MunicipalityGeometry = {
      code: 'M',
      geometry: { type: 'MultiPolygon', coordinates: [[box(20, 0, 21, 1)], [box(30, 0, 31, 1)]] },
    };
    const all = [withHole, enclave, multi];
    expect(pointInMunicipality(5, 5, all)).toBe('E');
    expect(pointInMunicipality(2, 5, all)).toBe('H');
    expect(pointInMunicipality(30.5, 0.5, all)).toBe('M');
    expect(pointInMunicipality(25, 0.5, all)).toBeNull();
  });

  it('uses the bbox it is given as a prefilter', () => {
    const lying: MunicipalityGeometry = { code: 'X', geometry: polygon(box(0, 0, 1, 1)), bbox: [5, 5, 6, 6] };
    expect(pointInMunicipality(0.5, 0.5, [lying])).toBeNull();
  });

  it('ray casting handles concave rings', () => {
    const u: Ring = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    expect(ringContains(u, 0.5, 2)).toBe(true);
    expect(ringContains(u, 1.5, 2)).toBe(false);
    expect(ringContains(u, 2.5, 2)).toBe(true);
    expect(ringContains(u, 1.5, 0.5)).toBe(true);
  });
});

describe('neighbours', () => {
  it('pairs the cells of a grid that share an edge or a corner', () => {
    const pairs = neighbours(grid());
    expect(pairs).toContainEqual(['A1', 'A2']);
    expect(pairs).toContainEqual(['A1', 'B1']);
    expect(pairs).toContainEqual(['A1', 'B2']); // corner only
    expect(pairs).not.toContainEqual(['A1', 'C1']);
    expect(pairs).not.toContainEqual(['A1', 'A3']);
    // 12 edge-sharing pairs + 8 diagonal ones in a 3 × 3 grid.
    expect(pairs).toHaveLength(20);
  });

  it('finds a shared border where one side has an extra vertex on the other’s edge', () => {
    const left = {
      code: 'L',
      geometry: polygon([
        [0, 0],
        [1, 0],
        [1, 0.5],
        [1, 1],
        [0, 1],
        [0, 0],
      ]),
    };
    const right = { code: 'R', geometry: polygon(box(1, 0.2, 2, 0.8)) };
    expect(neighbours([left, right])).toEqual([['L', 'R']]);
  });

  it('keeps a gap wider than the tolerance apart, and closes it within the tolerance', () => {
    // 0.0001° of longitude at 51° is about 7 m.
    const a = { code: 'a', geometry: polygon(box(7, 51, 7.1, 51.1)) };
    const b = { code: 'b', geometry: polygon(box(7.1001, 51, 7.2, 51.1)) };
    expect(neighbours([a, b])).toEqual([]);
    expect(neighbours([a, b], { toleranceM: 10 })).toEqual([['a', 'b']]);
  });

  it('still finds neighbours after simplification when given the simplification tolerance', () => {
    // A wiggly shared border, simplified independently on both sides.
    const border: [number, number][] = [];
    for (let i = 0; i <= 200; i++) border.push([7.1 + 0.0002 * Math.sin(i * 1.7), 51 + i * 0.0005]);
    const west: Ring = [[7, 51], ...border, [7, 51.1], [7, 51]];
    const east: Ring = [[7.2, 51], [7.2, 51.1], ...[...border].reverse(), [7.2, 51]];
    const simplified = [
      { code: 'W', geometry: simplifyGeometry(polygon(west), 50) },
      { code: 'E', geometry: simplifyGeometry(polygon(east), 50) },
    ];
    expect(neighbours(simplified, { toleranceM: 50 })).toEqual([['E', 'W']]);
  });
});
