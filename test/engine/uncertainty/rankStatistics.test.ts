import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../src/engine/rank.js';
import { quantile7 } from '../../../src/engine/uncertainty/quantile.js';
import { rankInto } from '../../../src/engine/uncertainty/rankInto.js';
import { rankIntervals, rankStatistics } from '../../../src/engine/uncertainty/rankStatistics.js';

describe('rank statistics of many runs', () => {
  // Three units, four runs (rows), 0 = no rank. Computed by hand:
  // unit 1: ranks 1, 2, 1, 1 → median 1, p05 = 1, p95 = 1.85 (h = 1 + 3·0.95 = 3.85 → 0.15·1 + 0.85·2), top-1 share 3/4
  // unit 2: ranks 2, 1, 3, 2 → median 2, p05 = 1.15, p95 = 2.85, mean |rank − 2| = 0.5
  // unit 3: ranks 3, 3, 2, – → median 3, p05 = 2.1, p95 = 3, mean 8/3, counted over 3 runs
  const ranks = Uint16Array.from([1, 2, 3, 2, 1, 3, 1, 3, 2, 1, 2, 0]);
  const nominal = Uint16Array.from([1, 2, 3]);
  const s = rankStatistics(ranks, nominal, 1);

  it('gives the median, 5th and 95th percentile rank as R (type 7, na.rm = TRUE)', () => {
    expect(Array.from(s.median)).toEqual([1, 2, 3]);
    expect(s.p05[0]).toBe(1);
    expect(s.p05[1]).toBeCloseTo(1.15, 12);
    expect(s.p05[2]).toBeCloseTo(2.1, 12);
    expect(s.p95[0]).toBeCloseTo(1.85, 12);
    expect(s.p95[1]).toBeCloseTo(2.85, 12);
    expect(s.p95[2]).toBe(3);
  });

  it('gives the share of top-k places, the mean rank and the mean absolute shift from nominal', () => {
    expect(Array.from(s.probTopK)).toEqual([0.75, 0.25, 0]);
    expect(s.mean[2]).toBeCloseTo(8 / 3, 12);
    expect(s.meanShift[0]).toBe(0.25);
    expect(s.meanShift[1]).toBe(0.5);
    expect(s.meanShift[2]).toBeCloseTo(1 / 3, 12);
    expect(Array.from(s.count)).toEqual([4, 4, 3]);
  });

  it('rankIntervals gives p05, median and p95 per unit', () => {
    expect(rankIntervals(ranks, nominal, ['a', 'b', 'c'])[1]).toEqual({
      unit: 'b',
      p05: s.p05[1],
      median: 2,
      p95: s.p95[1],
    });
  });

  it('agrees with sorting each unit’s ranks (histograms give exact quantiles)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer(),
        (units, runs, seed) => {
          const cells = Uint16Array.from({ length: units * runs }, (_, i) =>
            Math.abs((seed + i * 2654435761) % (units + 1)),
          );
          const nom = Uint16Array.from({ length: units }, (_, i) => i + 1);
          const st = rankStatistics(cells, nom, 2);
          for (let u = 0; u < units; u++) {
            const mine = Array.from({ length: runs }, (_, r) => cells[r * units + u]!).map((r) =>
              r === 0 ? Number.NaN : r,
            );
            for (const [p, got] of [
              [0.05, st.p05[u]],
              [0.95, st.p95[u]],
              [0.5, st.median[u]],
            ] as const) {
              const want = quantile7(mine, p);
              if (Number.isNaN(want)) expect(got).toBeNaN();
              else expect(got).toBeCloseTo(want, 12);
            }
          }
        },
      ),
    );
  });
});

describe('compact ranks', () => {
  it('equal rankDescending (ties share the best rank, missing → 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN)), { maxLength: 40 }),
        (xs) => {
          const scores = Float64Array.from(xs);
          const out = new Uint16Array(xs.length);
          rankInto(scores, out);
          expect(Array.from(out)).toEqual(
            Array.from(rankDescending(scores), (r) => (Number.isNaN(r) ? 0 : r)),
          );
        },
      ),
    );
  });
});
