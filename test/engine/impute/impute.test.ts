import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import { fillByGroup } from '../../../src/engine/impute/fillByGroup.js';
import { fillColumn } from '../../../src/engine/impute/fillColumn.js';
import { fillRowMean } from '../../../src/engine/impute/fillRowMean.js';
import { imputers } from '../../../src/engine/impute/index.js';
import { medianOfPresent } from '../../../src/engine/impute/median.js';
import { mean } from '../../../src/engine/stats/mean.js';
import type { MethodChoice } from '../../../src/engine/structure.js';
import { context, f64, list, N, threeIndicators } from './helpers.js';

const choice = (method: string, params: MethodChoice['params'] = {}): MethodChoice => ({ method, params });
const units4 = ['u1', 'u2', 'u3', 'u4'];

describe('mean and median (COINr i_mean, i_median)', () => {
  const columns = new Map([
    ['a', f64(1, N, 3, 8)],
    ['b', f64(N, N, N, N)],
    ['c', f64(5, 6, 7, 9)],
  ]);
  it('COINr Imputation vignette: i_mean(c(1, 2, 3, 4, NA)) gives 1 2 3 4 2.5', () => {
    expect(list(fillColumn(f64(1, 2, 3, 4, N), mean))).toEqual([1, 2, 3, 4, 2.5]);
  });
  it('fill each missing value with the mean or the median of the column', () => {
    const ctx = context(units4);
    const out = imputers.mean!(columns, ctx, choice('mean'));
    expect(list(out.get('a'))).toEqual([1, 4, 3, 8]);
    expect(list(out.get('c'))).toEqual([5, 6, 7, 9]);
    expect(list(imputers.median!(columns, ctx, choice('median')).get('a'))).toEqual([1, 3, 3, 8]);
  });
  it('leave a column without any value missing, and count the cells left missing', () => {
    const ctx = context(units4);
    expect(list(imputers.mean!(columns, ctx, choice('mean')).get('b'))).toEqual([N, N, N, N]);
    expect(ctx.warnings.list()).toEqual([
      { kind: 'imputation (mean) left a value missing', count: 4, example: 'b, unit u1' },
    ]);
  });
  it('do not change their input', () => {
    imputers.median!(columns, context(units4), choice('median'));
    expect(list(columns.get('a'))).toEqual([1, N, 3, 8]);
  });
});

describe('group mean and median (COINr i_mean_grp, i_median_grp)', () => {
  const groups = { district: ['x', 'x', 'x', 'y', 'y', null] };
  const units = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
  const columns = new Map([
    ['a', f64(1, N, 4, N, N, N)],
    ['b', f64(2, 10, N, 7, N, 100)],
  ]);
  it('fill from the units of the same group', () => {
    const out = imputers['mean-group']!(
      columns,
      context(units, undefined, groups),
      choice('mean-group', { group: 'district' }),
    );
    expect(list(out.get('b'))).toEqual([2, 10, 6, 7, 7, 100]);
    const med = imputers['median-group']!(
      columns,
      context(units, undefined, groups),
      choice('median-group', { group: 'district' }),
    );
    expect(list(med.get('b'))).toEqual([2, 10, 6, 7, 7, 100]);
  });
  it('leave a group without any value missing (NaN, as COINr) and a unit without a group untouched', () => {
    const ctx = context(units, undefined, groups);
    const out = imputers['mean-group']!(columns, ctx, choice('mean-group', { group: 'district' }));
    expect(list(out.get('a'))).toEqual([1, 2.5, 4, N, N, N]);
    expect(ctx.warnings.list()).toEqual([
      { kind: 'imputation (mean-group) left a value missing', count: 3, example: 'a, unit u4' },
    ]);
  });
  it('do not use the values of units without a group', () => {
    expect(list(fillByGroup(f64(N, 1, 1000), ['g', 'g', null], medianOfPresent))).toEqual([1, 1, 1000]);
  });
  it('take the median of the group with an even number of values', () => {
    expect(list(fillByGroup(f64(1, 2, 10, 20, N), ['g', 'g', 'g', 'g', 'g'], medianOfPresent))).toEqual([
      1, 2, 10, 20, 6,
    ]);
  });
  it('name a missing, unknown or unfit group column', () => {
    const ctx = context(units, undefined, groups);
    expect(() => imputers['mean-group']!(columns, ctx, choice('mean-group'))).toThrow(
      /parameter "group" .* is required/,
    );
    expect(() => imputers['mean-group']!(columns, ctx, choice('mean-group', { group: 'size' }))).toThrow(
      'mean-group: no group column "size" (known: district)',
    );
    expect(() => imputers['mean-group']!(columns, ctx, choice('mean-group', { group: 3 }))).toThrow(
      EngineError,
    );
    expect(() => fillByGroup(f64(N, 1), [null, null], mean)).toThrow('imputation: no unit has a group');
    expect(() => fillByGroup(f64(N, 1), ['g'], mean)).toThrow(/2 units/);
  });
});

describe('row mean within the parent aggregate (COINr Impute impute_by = "row", group_level)', () => {
  // a: 1, 2, 3, NA          → on [0, 1]: 0, .5, 1, NA
  // b: 10, NA, 30, 20  (dir -1) → -10, NA, -30, -20 → (y + 30) / 20: 1, NA, 0, .5
  // c: 5, 5, NA, 5     no range → 0 / 0 for every value
  const columns = new Map([
    ['a', f64(1, 2, 3, N)],
    ['b', f64(10, N, 30, 20)],
    ['c', f64(5, 5, N, 5)],
  ]);
  const structure = threeIndicators([1, -1, 1]);

  it('by default takes the normalised mean of the other indicators of the parent, mapped back', () => {
    const ctx = context(units4, structure);
    const out = imputers['row-mean']!(columns, ctx, choice('row-mean'));
    // u2: b = -(0.5 * 20 - 30) = 20; u4: a = 0.5 * 2 + 1 = 2; u3: c alone in p2 stays missing
    expect(list(out.get('a'))).toEqual([1, 2, 3, 2]);
    expect(list(out.get('b'))).toEqual([10, 20, 30, 20]);
    expect(list(out.get('c'))).toEqual([5, 5, N, 5]);
    expect(ctx.warnings.list()).toEqual([
      { kind: 'imputation (row-mean) left a value missing', count: 1, example: 'c, unit u3' },
    ]);
  });

  it('works on any level; a column without range adds nothing and its gap gets its constant', () => {
    const out = imputers['row-mean']!(columns, context(units4, structure), choice('row-mean', { level: 3 }));
    expect(list(out.get('a'))).toEqual([1, 2, 3, 2]);
    expect(list(out.get('b'))).toEqual([10, 20, 30, 20]);
    expect(list(out.get('c'))).toEqual([5, 5, 5, 5]);
  });

  it('can skip the normalisation: the plain mean of the row', () => {
    const out = imputers['row-mean']!(
      columns,
      context(units4, structure),
      choice('row-mean', { level: 3, normaliseFirst: false }),
    );
    expect(list(out.get('a'))).toEqual([1, 2, 3, 12.5]);
    expect(list(out.get('b'))).toEqual([10, 3.5, 30, 20]);
    expect(list(out.get('c'))).toEqual([5, 5, 16.5, 5]);
  });

  it('follows the direction: the same data with b upwards gives other values', () => {
    const out = imputers['row-mean']!(columns, context(units4, threeIndicators()), choice('row-mean'));
    // b upwards: 10, NA, 30, 20 → 0, NA, 1, .5; u2: b = 0.5 * 20 + 10 = 20; u4: a = .5 * 2 + 1 = 2
    expect(list(out.get('b'))).toEqual([10, 20, 30, 20]);
    const skewed = new Map([...columns, ['a', f64(1, 1.5, 3, N)]]);
    // a: 0, .25, 1 → u2: b = dir -1: -((.25) * 20 - 30) = 25; b upwards: .25 * 20 + 10 = 15
    expect(
      list(imputers['row-mean']!(skewed, context(units4, structure), choice('row-mean')).get('b')),
    ).toEqual([10, 25, 30, 20]);
    expect(list(imputers['row-mean']!(skewed, context(units4), choice('row-mean')).get('b'))).toEqual([
      10, 15, 30, 20,
    ]);
  });

  it('leaves a column without any value missing', () => {
    const out = fillRowMean([f64(N, N), f64(1, 2)], ['g', 'g'], [1, 1]);
    expect(list(out[0])).toEqual([N, N]);
  });

  it('rejects a level outside the hierarchy and unfit parameters', () => {
    const ctx = context(units4, structure);
    expect(() => imputers['row-mean']!(columns, ctx, choice('row-mean', { level: 4 }))).toThrow(
      'imputation: parameter "level" must be a whole number from 2 to 3, not 4',
    );
    expect(() => imputers['row-mean']!(columns, ctx, choice('row-mean', { level: 1 }))).toThrow(EngineError);
    expect(() => imputers['row-mean']!(columns, ctx, choice('row-mean', { normaliseFirst: 'yes' }))).toThrow(
      /true or false/,
    );
    expect(() => imputers['row-mean']!(new Map([['a', f64(1, 2, 3, 4)]]), ctx, choice('row-mean'))).toThrow(
      'b: no data column for this indicator',
    );
  });
});

describe('imputation properties', () => {
  const cell = fc.oneof(fc.constant(N), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const data = fc.integer({ min: 1, max: 10 }).chain((n) =>
    fc.record({
      a: fc.array(cell, { minLength: n, maxLength: n }),
      b: fc.array(cell, { minLength: n, maxLength: n }),
      c: fc.array(cell, { minLength: n, maxLength: n }),
      g: fc.array(fc.constantFrom('x', 'y', 'z'), { minLength: n, maxLength: n }),
    }),
  );
  const setup = (d: { a: number[]; b: number[]; c: number[]; g: string[] }) => ({
    columns: new Map([
      ['a', Float64Array.from(d.a)],
      ['b', Float64Array.from(d.b)],
      ['c', Float64Array.from(d.c)],
    ]),
    ctx: context(
      d.a.map((_, i) => `u${i}`),
      threeIndicators([1, -1, 1]),
      { g: d.g },
    ),
  });
  const cases: [string, MethodChoice['params']][] = [
    ['mean', {}],
    ['median', {}],
    ['mean-group', { group: 'g' }],
    ['median-group', { group: 'g' }],
    ['row-mean', {}],
    ['row-mean', { level: 3 }],
    ['row-mean', { normaliseFirst: false }],
  ];

  it('never change a present value', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...cases), (d, [method, params]) => {
        const { columns, ctx } = setup(d);
        const out = imputers[method]!(columns, ctx, choice(method, params));
        for (const [code, values] of columns) {
          values.forEach((x, i) => {
            if (!Number.isNaN(x)) expect(Object.is(out.get(code)![i], x)).toBe(true);
          });
        }
      }),
    );
  });

  it('column-wise: leave no value missing where the column has a value', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(mean, medianOfPresent), (d, stat) => {
        const filled = fillColumn(Float64Array.from(d.a), stat);
        if (d.a.some((x) => !Number.isNaN(x))) expect(filled.some(Number.isNaN)).toBe(false);
      }),
    );
  });

  it('group-wise: leave no value missing where the group has a value', () => {
    fc.assert(
      fc.property(data, (d) => {
        const filled = fillByGroup(Float64Array.from(d.a), d.g, mean);
        d.g.forEach((g, i) => {
          const groupHasValue = d.g.some((h, k) => h === g && !Number.isNaN(d.a[k]!));
          expect(Number.isNaN(filled[i]!)).toBe(!groupHasValue);
        });
      }),
    );
  });
});
