import { describe, expect, it } from 'vitest';
import { createRandom, xoshiro128 } from '../../../src/engine/random.js';

describe('the seeded generator', () => {
  it('is xoshiro128**: the reference sequence from the state 1, 2, 3, 4', () => {
    const random = xoshiro128([1, 2, 3, 4]);
    const words = Array.from({ length: 6 }, () => random.uniform() * 2 ** 32);
    expect(words).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.uniform());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniform numbers in [0, 1) and unbiased integers in 0 … n − 1', () => {
    const r = createRandom(7);
    const counts = new Array<number>(6).fill(0);
    let outside = 0;
    for (let i = 0; i < 60_000; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      counts[r.int(6)]!++;
    }
    expect(outside).toBe(0);
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
    expect(() => r.int(0)).toThrow(RangeError);
  });
});
