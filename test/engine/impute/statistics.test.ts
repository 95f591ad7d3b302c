import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOfPresent } from '../../../src/engine/impute/median.js';
import { N } from './helpers.js';

describe('medianOfPresent (R median(x, na.rm = TRUE))', () => {
  it('lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1 }), (xs) => {
        const m = medianOfPresent(xs);
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
      }),
    );
  });
  it('takes the middle value, or the mean of the two middle values', () => {
    // COINr test-Impute.R: x <- 1:10; x[3] <- NA; i_median fills median(x, na.rm = TRUE) = 6
    expect(medianOfPresent([1, 2, N, 4, 5, 6, 7, 8, 9, 10])).toBe(6);
    expect(medianOfPresent([4, N, 1, 3, 2])).toBe(2.5);
    expect(medianOfPresent([-5, 10, 0])).toBe(0);
    expect(medianOfPresent([N])).toBeNaN();
  });
});
