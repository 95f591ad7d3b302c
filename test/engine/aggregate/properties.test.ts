import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedArithmetic } from '../../../src/engine/aggregate/arithmetic.js';
import { weightedGeneralised } from '../../../src/engine/aggregate/generalised.js';
import { weightedGeometric } from '../../../src/engine/aggregate/geometric.js';
import { weightedHarmonic } from '../../../src/engine/aggregate/harmonic.js';

const positive = fc.double({ min: 0.01, max: 1000, noNaN: true });
const weight = fc.double({ min: 0.01, max: 10, noNaN: true });
const close = (a: number, b: number, rel: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

/** A few units of k positive children with their weights. */
const groups = fc.integer({ min: 1, max: 6 }).chain((k) =>
  fc.record({
    columns: fc.array(fc.array(positive, { minLength: 3, maxLength: 3 }), { minLength: k, maxLength: k }),
    weights: fc.array(weight, { minLength: k, maxLength: k }),
  }),
);
const cols = (columns: number[][]) => columns.map((c) => Float64Array.from(c));

const means = {
  arithmetic: (c: Float64Array[], w: number[]) => weightedArithmetic(c, w),
  geometric: (c: Float64Array[], w: number[]) => weightedGeometric(c, w),
  harmonic: (c: Float64Array[], w: number[]) => weightedHarmonic(c, w),
  'generalised p=3': (c: Float64Array[], w: number[]) => weightedGeneralised(c, w, 3),
};

describe('properties of the means', () => {
  for (const [name, mean] of Object.entries(means)) {
    it(`${name}: a single child reproduces the child, whatever its weight`, () => {
      fc.assert(
        fc.property(fc.array(positive, { minLength: 1, maxLength: 5 }), weight, (x, w) => {
          const y = mean([Float64Array.from(x)], [w]);
          x.forEach((xi, i) => close(y[i]!, xi, 1e-12));
        }),
      );
    });
    it(`${name}: lies between the smallest and the largest child, and only relative weights matter`, () => {
      fc.assert(
        fc.property(groups, weight, ({ columns, weights }, c) => {
          const y = mean(cols(columns), weights);
          const scaled = mean(
            cols(columns),
            weights.map((w) => w * c),
          );
          for (let i = 0; i < 3; i++) {
            const xs = columns.map((col) => col[i]!);
            expect(y[i]!).toBeGreaterThanOrEqual(Math.min(...xs) * (1 - 1e-12));
            expect(y[i]!).toBeLessThanOrEqual(Math.max(...xs) * (1 + 1e-12));
            close(scaled[i]!, y[i]!, 1e-12);
          }
        }),
      );
    });
  }

  it('harmonic ≤ geometric ≤ arithmetic', () => {
    fc.assert(
      fc.property(groups, ({ columns, weights }) => {
        const c = cols(columns);
        const [h, g, a] = [
          weightedHarmonic(c, weights),
          weightedGeometric(c, weights),
          weightedArithmetic(c, weights),
        ];
        for (let i = 0; i < 3; i++) {
          expect(h[i]!).toBeLessThanOrEqual(g[i]! * (1 + 1e-12));
          expect(g[i]!).toBeLessThanOrEqual(a[i]! * (1 + 1e-12));
        }
      }),
    );
  });

  it('generalised: p = 1 is arithmetic, p = -1 is harmonic, p → 0 approaches geometric', () => {
    fc.assert(
      fc.property(groups, ({ columns, weights }) => {
        const c = cols(columns);
        const [a, h, g] = [
          weightedArithmetic(c, weights),
          weightedHarmonic(c, weights),
          weightedGeometric(c, weights),
        ];
        const [p1, pm1, p0] = [
          weightedGeneralised(c, weights, 1),
          weightedGeneralised(c, weights, -1),
          weightedGeneralised(c, weights, 1e-9),
        ];
        for (let i = 0; i < 3; i++) {
          close(p1[i]!, a[i]!, 1e-12);
          close(pm1[i]!, h[i]!, 1e-12);
          close(p0[i]!, g[i]!, 1e-6);
        }
      }),
    );
  });

  it('arithmetic skips missing children: the same as aggregating the present ones only', () => {
    const maybe = fc.oneof(positive, fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(fc.tuple(maybe, weight), { minLength: 1, maxLength: 6 }), (pairs) => {
        const y = weightedArithmetic(
          pairs.map(([x]) => Float64Array.of(x)),
          pairs.map(([, w]) => w),
        )[0]!;
        const present = pairs.filter(([x]) => !Number.isNaN(x));
        if (present.length === 0) {
          expect(y).toBeNaN();
          return;
        }
        const z = weightedArithmetic(
          present.map(([x]) => Float64Array.of(x)),
          present.map(([, w]) => w),
        )[0]!;
        close(y, z, 1e-12);
      }),
    );
  });
});
