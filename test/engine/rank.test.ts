import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending, rankDescendingInto, RankScratch } from '../../src/engine/rank.js';

/** The definition: 1 + the number of values strictly greater; NaN for a missing value. */
function naiveRanks(values: Float64Array): number[] {
  return Array.from(values, (x) =>
    Number.isNaN(x) ? Number.NaN : 1 + values.filter((y) => !Number.isNaN(y) && y > x).length,
  );
}

const special = fc.constantFrom(Number.NaN, 0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
/** Values with many ties, values spread over a range, and one far outlier (a crowded bucket). */
const values = fc.oneof(
  fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }), special), { maxLength: 300 }),
  fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), special), { maxLength: 300 }),
  fc
    .array(fc.double({ noNaN: true, min: 0, max: 1 }), { minLength: 40, maxLength: 300 })
    .map((xs) => [...xs, 1e300]),
  fc.array(fc.double(), { maxLength: 200 }),
);

describe('rankDescending (R: rank(-x, ties.method = "min", na.last = "keep"))', () => {
  it('is 1 + the number of greater values, for few and many values, ties, ±0, ±Infinity and NaN', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const x = Float64Array.from(xs);
        expect(Array.from(rankDescending(x))).toEqual(naiveRanks(x));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same ranks into a compact array, with one scratch reused across arrays of any length', () => {
    const scratch = new RankScratch();
    fc.assert(
      fc.property(values, (xs) => {
        const x = Float64Array.from(xs);
        const out = new Uint16Array(x.length);
        rankDescendingInto(x, out, 0, scratch);
        expect(Array.from(out)).toEqual(naiveRanks(x).map((r) => (Number.isNaN(r) ? 0 : r)));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks 10,000 spread values as the definition does', () => {
    const x = Float64Array.from({ length: 10_000 }, (_, i) => Math.round(Math.sin(i) * 1000) / 7);
    x[17] = Number.NaN;
    const ranks = rankDescending(x);
    const sorted = Array.from(x)
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => b - a);
    for (const i of [0, 1, 2, 500, 9999]) expect(ranks[i]).toBe(sorted.indexOf(x[i]!) + 1);
    expect(ranks[17]).toBeNaN();
  });
});
