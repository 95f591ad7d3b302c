import { describe, expect, it } from 'vitest';
import { unitProfile } from '../../src/analysis/profile.js';
import { tinyEdition } from './fixture.js';

describe('unitProfile: peers', () => {
  // A small town; D is nearly its size, B twice it, C a big city; E is A's size but a kreisfreie Stadt.
  const data = tinyEdition(
    [
      { code: 'A', type: 'Gemeinde', district: 'Wesel', population: 10_000 },
      { code: 'B', type: 'Gemeinde', district: 'Wesel', population: 20_000 },
      { code: 'C', type: 'Stadt', district: 'kreisfrei', population: 500_000 },
      { code: 'D', type: 'Gemeinde', district: 'Unna', population: 11_000 },
      { code: 'E', type: 'Stadt', district: 'kreisfrei', population: 10_000 },
    ],
    { x1: [0, 10, 100, 5, 50], x2: [1, 2, 3, 4, 5], y: [5, 4, 3, 2, 1] },
  );

  it('lists the most comparable units by size, type and being kreisfrei, not by score', () => {
    const similar = unitProfile(data, 'A', 3).similar;
    expect(similar.map((s) => s.code)).toEqual(['D', 'B', 'E']);
    expect(similar[0]!.distance).toBeCloseTo(Math.log(1.1), 12);
    expect(similar[1]!.distance).toBeCloseTo(Math.log(2), 12);
    expect(similar[2]!.distance).toBe(2); // same size, other type, kreisfrei
  });
});
