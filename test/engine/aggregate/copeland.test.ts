import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copeland } from '../../../src/engine/aggregate/copeland.js';
import { dominance, outrankingMatrix } from '../../../src/engine/aggregate/outranking.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const rows = (m: Float64Array[]) => m.map((r) => [...r]);

// COINr documents a_copeland/outrankMatrix only with ASEM data and no printed numbers, so the example is worked
// by hand from its definition: weights rescaled to sum to 1; M[a][b] = weight where a > b + half the weight of
// ties; lower triangle 1 - upper; entries > 0.5 -> 1, < 0.5 -> -1, = 0.5 -> 0; score = row sum.
describe('copeland (COINr a_copeland)', () => {
  // three indicators with weights 1, 1, 3 (0.2, 0.2, 0.6), three units
  const columns = [f64(1, 2, 0), f64(5, 4, 0), f64(3, 3, 9)];
  const weights = [1, 1, 3];

  it('builds the weighted outranking matrix', () => {
    // u1 vs u2: wins ind 2 (0.2), tie on ind 3 (0.6 / 2) -> 0.5; u1 vs u3 and u2 vs u3: 0.4
    const m = outrankingMatrix(columns, weights);
    expect(rows(m)).toEqual([
      [0, 0.5, 0.4],
      [0.5, 0, 0.4],
      [0.6, 0.6, 0],
    ]);
    expect(dominance(m)).toEqual({ count: 0, share: 0 });
  });
  it('scores wins minus losses, an exact half being a draw', () => {
    expect([...copeland(columns, weights)]).toEqual([-1, -1, 2]);
  });
  it('counts dominance pairs', () => {
    const m = outrankingMatrix([f64(3, 2, 1), f64(3, 2, 1)], [1, 1]);
    expect(dominance(m)).toEqual({ count: 3, share: 1 });
  });
  it('treats missing values as COINr: no weight in the pair, and the later unit gets the missing share', () => {
    // u2 has no data: M[0][1] = 0 (u1 loses), M[1][2] = 0 (u2 loses to u3), so u2 = 1 - 1 = 0;
    // u1 vs u3: u3 higher on ind 1, tie on ind 2 -> 0.25
    const m = outrankingMatrix([f64(1, NaN, 3), f64(1, NaN, 1)], [1, 1]);
    expect(rows(m)).toEqual([
      [0, 0, 0.25],
      [1, 0, 0],
      [0.75, 1, 0],
    ]);
    expect([...copeland([f64(1, NaN, 3), f64(1, NaN, 1)], [1, 1])]).toEqual([-2, 0, 2]);
  });
  it('gives scores that sum to zero and lie within ±(n-1)', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 7 })
          .chain((n) =>
            fc.tuple(
              fc.array(fc.array(unit, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
              fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
            ),
          ),
        ([cols, w]) => {
          const scores = [
            ...copeland(
              cols.map((c) => Float64Array.from(c)),
              w.slice(0, cols.length),
            ),
          ];
          expect(scores.reduce((a, b) => a + b, 0)).toBe(0);
          for (const s of scores) expect(Math.abs(s)).toBeLessThanOrEqual(scores.length - 1);
        },
      ),
    );
  });
});
