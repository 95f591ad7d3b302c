// The loop-based means the uncertainty analysis runs give, bit for bit, what a unit-by-unit computation gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedArithmetic } from '../../../src/engine/aggregate/arithmetic.js';
import { exactSum, exactSumOf } from '../../../src/engine/aggregate/exactSum.js';
import { weightedGeometric } from '../../../src/engine/aggregate/geometric.js';
import { aggregators, aggregatorsInto } from '../../../src/engine/aggregate/index.js';
import { byRow } from '../../../src/engine/aggregate/rows.js';
import type { AggregateNode } from '../../../src/engine/structure.js';
import { Warnings } from '../../../src/engine/warnings.js';

/** COINr's a_amean unit by unit, with exact sums. */
const referenceArithmetic = (columns: Float64Array[], weights: number[], minShare: number) =>
  byRow(columns, weights, minShare, ({ values, weights: w }) => {
    const total = exactSum(w);
    return exactSum(values.map((x, i) => (w[i]! / total) * x));
  });

/** COINr's a_gmean unit by unit, with exact sums. */
const referenceGeometric = (columns: Float64Array[], weights: number[], minShare: number) =>
  byRow(columns, weights, minShare, ({ values, weights: w, unit }) => {
    const bad = values.find((x) => x <= 0);
    if (bad !== undefined) throw new Error(`unit #${unit + 1} has ${bad}`);
    return Math.exp(exactSum(values.map((x, i) => w[i]! * Math.log(x))) / exactSum(w));
  });

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0.5, max: 200, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(Number.NaN) },
  { weight: 1, arbitrary: fc.constantFrom(1, 50, 100, 1 / 3, 0.1) },
);
/** Any doubles, for the arithmetic mean (which takes negative values, zeros, huge and tiny ones). */
const anyCell = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, -1, 1 / 3, 0.1, 1e300, -1e300, 5e-324, 2 ** -1022) },
);
const table = fc.integer({ min: 1, max: 6 }).chain((k) =>
  fc.record({
    columns: fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: k, maxLength: k }),
    weights: fc.array(fc.double({ min: 0.01, max: 5, noNaN: true }), { minLength: k, maxLength: k }),
    minShare: fc.constantFrom(0, 0.5, 2 / 3, 1),
  }),
);
const bits = (xs: Float64Array) => Array.from(xs, (x) => (Object.is(x, -0) ? '-0' : String(x)));

/** Each unit's inputs are the same values (from a few) in another order: exact sums make such units tie. */
const shuffledRows = fc
  .record({
    values: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 2, maxLength: 7 }),
    weight: fc.double({ min: 0.1, max: 3, noNaN: true }),
    seeds: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ values, weight, seeds }) => {
    const rows = seeds.map((seed) => {
      const row = [...values];
      for (let i = row.length - 1; i > 0; i--) {
        const j = (seed + i * 7919) % (i + 1);
        [row[i], row[j]] = [row[j]!, row[i]!];
      }
      return row;
    });
    const columns = values.map((_, j) => Float64Array.from(rows, (row) => row[j]!));
    return { columns, weights: values.map(() => weight) };
  });

describe('fast paths of the means', () => {
  it('arithmetic: exactly the exact sums for any doubles, and ties for the same values in another order', () => {
    const anyTable = fc.integer({ min: 1, max: 8 }).chain((k) =>
      fc.record({
        columns: fc.array(fc.array(anyCell, { minLength: 6, maxLength: 6 }), { minLength: k, maxLength: k }),
        weights: fc.array(fc.oneof(fc.double({ min: 0.001, max: 100, noNaN: true }), fc.constant(1)), {
          minLength: k,
          maxLength: k,
        }),
      }),
    );
    fc.assert(
      fc.property(anyTable, ({ columns, weights }) => {
        const cols = columns.map((c) => Float64Array.from(c));
        expect(bits(weightedArithmetic(cols, weights))).toEqual(bits(referenceArithmetic(cols, weights, 0)));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(shuffledRows, ({ columns, weights }) => {
        const y = weightedArithmetic(columns, weights);
        expect(new Set(y).size).toBe(1);
        expect(bits(y)).toEqual(bits(referenceArithmetic(columns, weights, 0)));
      }),
      { numRuns: 500 },
    );
  });

  it('arithmetic: the same doubles as the unit-by-unit mean, also into a reused buffer', () => {
    const out = new Float64Array(8);
    fc.assert(
      fc.property(table, ({ columns, weights, minShare }) => {
        const cols = columns.map((c) => Float64Array.from(c));
        const want = bits(referenceArithmetic(cols, weights, minShare));
        expect(bits(weightedArithmetic(cols, weights, minShare))).toEqual(want);
        expect(bits(weightedArithmetic(cols, weights, minShare, out.fill(7)))).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('geometric: the same doubles (and the same failures) as the unit-by-unit mean with exact sums', () => {
    const out = new Float64Array(8);
    const outcome = (f: () => Float64Array) => {
      try {
        return bits(f());
      } catch (error) {
        return /unit #\d+ has -?[\d.e+-]+/.exec(String(error))![0];
      }
    };
    fc.assert(
      fc.property(table, fc.boolean(), ({ columns, weights, minShare }, withZero) => {
        const cols = columns.map((c) => Float64Array.from(c));
        if (withZero) cols[0]![3] = 0;
        const want = outcome(() => referenceGeometric(cols, weights, minShare));
        expect(outcome(() => weightedGeometric(cols, weights, { minShare }))).toEqual(want);
        expect(outcome(() => weightedGeometric(cols, weights, { minShare }, out))).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });

  it('exactSumOf sums a buffer as exactSum sums a list', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double(), fc.double({ min: -1e-300, max: 1e-300 }))), (xs) => {
        const partials = new Float64Array(xs.length);
        expect(Object.is(exactSumOf(Float64Array.from(xs), xs.length, partials), exactSum(xs))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('aggregatorsInto write what aggregators return', () => {
    const node: AggregateNode = {
      kind: 'aggregate',
      code: 'n',
      parent: null,
      weight: 1,
      level: 2,
      children: [],
      aggregate: null,
    };
    const context = { node, minShare: 0.5, warnings: new Warnings() };
    const columns = [Float64Array.of(1, 2, Number.NaN), Float64Array.of(4, Number.NaN, Number.NaN)];
    for (const method of Object.keys(aggregatorsInto)) {
      const choice = { method, params: {} };
      const out = new Float64Array(3);
      const returned = aggregatorsInto[method]!(columns, [1, 3], choice, context, out);
      expect(returned).toBe(out);
      expect(bits(out)).toEqual(bits(aggregators[method]!(columns, [1, 3], choice, context)));
    }
  });
});
