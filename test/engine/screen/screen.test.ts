import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import type { DataMatrix } from '../../../src/engine/matrix.js';
import { indicatorCoverage } from '../../../src/engine/screen/indicatorCoverage.js';
import { screeners } from '../../../src/engine/screen/index.js';
import { unitAvailability } from '../../../src/engine/screen/unitAvailability.js';
import type { MethodChoice } from '../../../src/engine/structure.js';

const N = Number.NaN;

/** Rows of values per unit → a DataMatrix with indicator columns i1..ik. */
function matrix(units: string[], rows: number[][]): { data: DataMatrix; indicators: string[] } {
  const indicators = rows[0]!.map((_, j) => `i${j + 1}`);
  const columns = new Map(indicators.map((code, j) => [code, Float64Array.from(rows.map((r) => r[j]!))]));
  return { data: { units, columns }, indicators };
}

const coverage = (params: MethodChoice['params']): MethodChoice => ({ method: 'coverage', params });
const screen = (m: ReturnType<typeof matrix>, params: MethodChoice['params']) =>
  screeners.coverage!(m.data, m.indicators, coverage(params));
const keptUnits = (m: ReturnType<typeof matrix>, kept: boolean[]) => m.data.units.filter((_, i) => kept[i]);

// COINr vignette "Unit Screening": ASEM_iData[40:51, c("uCode", "Research", "Pat", "CultServ", "CultGood")].
const asem = matrix(
  ['KOR', 'LAO', 'MYS', 'MNG', 'MMR', 'NZL', 'PAK', 'PHL', 'RUS', 'SGP', 'THA', 'VNM'],
  [
    [20437, 249.8, 1.798, N],
    [175, N, N, N],
    [8080, 64.2, 1.15292, 7.555],
    [293, 0.3, 0.00266, 0.046],
    [299, N, 0.08905, N],
    [7731, 46.5, 0.34615, 1.213],
    [7122, 7.2, 0.03553, 1.256],
    [1361, 11.3, 0.29555, 3.185],
    [16182, 141.5, 1.44633, 8.379],
    [11411, 270.5, 0.9278, 14.507],
    [5317, 53.6, 0.08969, 6.661],
    [3618, N, N, N],
  ],
);

describe('coverage screening (COINr Screen)', () => {
  it('reproduces the Unit Screening vignette: dat_thresh 0.75 removes LAO, MMR and VNM, keeps KOR at exactly 75 %', () => {
    const report = screen(asem, { by: 'byNA', minShare: 0.75 });
    expect(keptUnits(asem, report.kept)).toHaveLength(9);
    expect(report.excluded).toEqual([
      { unit: 'LAO', reason: 'coverage 25 % < 75 %' },
      { unit: 'MMR', reason: 'coverage 50 % < 75 %' },
      { unit: 'VNM', reason: 'coverage 25 % < 75 %' },
    ]);
    expect(report.coverage.slice(0, 3)).toEqual([0.75, 0.25, 1]);
  });

  // Cases of COINr's tests/testthat/test-Screen.R, on fixed values instead of runif.
  const grid = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (_, j) => 1 + i + j / 10));
  grid[0]!.fill(N, 0, 5); // 50 % available
  grid[1]![0] = N; // 90 % available
  grid[2]!.fill(0, 0, 5); // 50 % zeros
  grid[3]![0] = 0; // 90 % non-zero
  const letters = 'abcdefghij'.split('');
  const x = matrix(letters, grid);

  it('removes by availability with >= at the threshold, by zeros, and forces units out', () => {
    expect(screen(x, { by: 'byNA', minShare: 0.75 }).excluded.map((e) => e.unit)).toEqual(['a']);
    expect(screen(x, { by: 'byNA', minShare: 1 }).excluded.map((e) => e.unit)).toEqual(['a', 'b']);
    expect(screen(x, { by: 'byzeros', nonZeroShare: 0.75 }).excluded).toEqual([
      { unit: 'c', reason: 'non-zero values 50 % < 75 %' },
    ]);
    const forced = screen(x, { by: 'byNA', minShare: 1, forceOut: ['f'] });
    expect(forced.excluded).toEqual([
      { unit: 'a', reason: 'coverage 50 % < 100 %' },
      { unit: 'b', reason: 'coverage 90 % < 100 %' },
      { unit: 'f', reason: 'forced out' },
    ]);
  });

  it('screens by NA and zeros together, naming every failed rule', () => {
    const m = matrix(
      ['u', 'v', 'w'],
      [
        [N, N, 0, 0],
        [1, 0, 0, 0],
        [N, N, N, N],
      ],
    );
    const report = screen(m, { by: 'byNAandzeros', minShare: 0.5, nonZeroShare: 0.3 });
    expect(report.excluded).toEqual([
      { unit: 'u', reason: 'non-zero values 0 % < 30 %' },
      { unit: 'v', reason: 'non-zero values 25 % < 30 %' },
      { unit: 'w', reason: 'coverage 0 % < 50 %; no values to check for zeros' },
    ]);
  });

  it('excludes a unit without any value under zero screening, where COINr has no verdict (0 / 0)', () => {
    const m = matrix(
      ['u', 'v'],
      [
        [N, N],
        [1, 2],
      ],
    );
    expect(screen(m, { by: 'zeros' }).excluded).toEqual([
      { unit: 'u', reason: 'no values to check for zeros' },
    ]);
  });

  it('can bound the share of zeros instead of the share of non-zero values', () => {
    const m = matrix(
      ['u', 'v'],
      [
        [0, 0, 1, N],
        [0, 1, 1, 1],
      ],
    );
    expect(screen(m, { by: 'zeros', zeroShare: 0.5 }).excluded).toEqual([
      { unit: 'u', reason: 'zeros 67 % > 50 %' },
    ]);
    expect(screen(m, { by: 'zeros', zeroShare: 2 / 3 }).excluded).toEqual([]);
  });

  it('uses COINr defaults: by NA, two thirds available (2 of 3 is kept), 5 % non-zero', () => {
    const m = matrix(
      ['u', 'v'],
      [
        [1, 2, N],
        [1, N, N],
      ],
    );
    const report = screen(m, {});
    expect(report.kept).toEqual([true, false]);
    expect(report.excluded).toEqual([{ unit: 'v', reason: 'coverage 33 % < 67 %' }]);
  });

  it('decides ties at the threshold as COINr, on 1 - missing / indicators', () => {
    const row = (missing: number) => Array.from({ length: 10 }, (_, j) => (j < missing ? N : j + 1));
    const m = matrix(['three', 'four'], [row(3), row(4)]);
    // 1 - 3/10 is 0.7 exactly in doubles: kept; 1 - 4/10 = 0.6: out.
    expect(screen(m, { minShare: 0.7 }).kept).toEqual([true, false]);
    expect(screen(m, { minShare: 0.6 }).kept).toEqual([true, true]);
  });

  it('shows enough decimals to tell coverage and threshold apart', () => {
    const m = matrix(['u'], [[1, 2, N]]);
    expect(screen(m, { minShare: 0.667 }).excluded).toEqual([
      { unit: 'u', reason: 'coverage 66.67 % < 66.70 %' },
    ]);
  });

  it('forces units in against the rules; forcing out wins when a unit is in both lists', () => {
    const report = screen(asem, { minShare: 0.75, forceIn: ['LAO', 'VNM'], forceOut: ['VNM', 'SGP'] });
    expect(report.excluded).toEqual([
      { unit: 'MMR', reason: 'coverage 50 % < 75 %' },
      { unit: 'SGP', reason: 'forced out' },
      { unit: 'VNM', reason: 'forced out' },
    ]);
    expect(report.kept[1]).toBe(true);
  });

  it('accepts a single unit code as a list and the by-names with or without "by"', () => {
    expect(screen(asem, { by: 'NA', minShare: 0, forceOut: 'KOR' }).excluded).toEqual([
      { unit: 'KOR', reason: 'forced out' },
    ]);
    expect(screen(asem, { by: 'naandzeros', minShare: 0.75 }).excluded).toHaveLength(3);
  });

  it('rejects unknown forced units, unknown by-values, shares outside 0..1 and two zero thresholds', () => {
    expect(() => screen(asem, { forceIn: ['XXX'], forceOut: ['YYY', 'KOR'] })).toThrow(
      'screening: forced units not in the data: XXX, YYY',
    );
    expect(() => screen(asem, { by: 'bymean' })).toThrow(/parameter "by" must be NA, zeros or NAandZeros/);
    expect(() => screen(asem, { minShare: 75 })).toThrow(/"minShare" must be between 0 and 1, not 75/);
    expect(() => screen(asem, { minShare: 'most' })).toThrow(EngineError);
    expect(() => screen(asem, { forceOut: [1, 2] as unknown as string[] })).toThrow(/list of unit codes/);
    expect(() => screen(asem, { zeroShare: 0.5, nonZeroShare: 0.5 })).toThrow(
      /either "zeroShare" or "nonZeroShare"/,
    );
  });

  it('names an indicator without a data column', () => {
    expect(() => screeners.coverage!(asem.data, ['i1', 'nope'], coverage({}))).toThrow(
      'nope: no data column for this indicator',
    );
  });
});

describe('screening "none"', () => {
  it('keeps every unit and reports its coverage', () => {
    const report = screeners.none!(asem.data, asem.indicators, { method: 'none', params: {} });
    expect(report.kept.every(Boolean)).toBe(true);
    expect(report.excluded).toEqual([]);
    expect(report.coverage).toEqual([0.75, 0.25, 1, 1, 0.5, 1, 1, 1, 1, 1, 1, 0.25]);
  });
  it('gives full coverage when there are no indicators', () => {
    expect(screeners.none!(asem.data, [], { method: 'none', params: {} }).coverage[0]).toBe(1);
  });
});

describe('unitAvailability (COINr get_data_avail)', () => {
  it('counts missing values and zeros; non-zero share is of the present values', () => {
    const m = matrix(
      ['u', 'v'],
      [
        [0, N, 3, 0],
        [N, N, N, N],
      ],
    );
    const [u, v] = unitAvailability(m.data, m.indicators);
    expect(u).toEqual({ present: 3, missing: 1, zeros: 2, available: 0.75, nonZero: 1 - 2 / 3 });
    expect(v!.available).toBe(0);
    expect(v!.nonZero).toBeNaN();
  });
});

describe('indicatorCoverage', () => {
  it('gives the share of units with a value, per indicator', () => {
    expect(indicatorCoverage(asem.data, asem.indicators)).toEqual(
      new Map([
        ['i1', 1],
        ['i2', 9 / 12],
        ['i3', 10 / 12],
        ['i4', 8 / 12],
      ]),
    );
  });
  it('names an indicator without a data column', () => {
    expect(() => indicatorCoverage(asem.data, ['x'])).toThrow('x: no data column for this indicator');
  });
});

describe('screening properties', () => {
  const cell = fc.oneof(fc.constant(N), fc.constant(0), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const table = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 12 }))
    .chain(([k, n]) =>
      fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: n, maxLength: n }),
    );
  const asMatrix = (rows: number[][]) =>
    matrix(
      rows.map((_, i) => `u${i}`),
      rows,
    );

  it('with minShare 0 keeps everyone', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const report = screen(asMatrix(rows), { minShare: 0 });
        expect(report.kept.every(Boolean)).toBe(true);
        expect(report.excluded).toEqual([]);
      }),
    );
  });

  it('keeps exactly the units whose coverage reaches minShare, and reports each other one', () => {
    fc.assert(
      fc.property(table, fc.double({ min: 0, max: 1, noNaN: true }), (rows, minShare) => {
        const report = screen(asMatrix(rows), { minShare });
        report.kept.forEach((kept, i) => expect(kept).toBe(report.coverage[i]! >= minShare));
        expect(report.excluded.length).toBe(report.kept.filter((k) => !k).length);
      }),
    );
  });
});
