import { describe, expect, it } from 'vitest';
import { imputers } from '../../../src/engine/impute/index.js';
import { imputeLatestYear, type PanelSlice } from '../../../src/engine/impute/latestYear.js';
import { context, f64, list, N } from './helpers.js';

const slice = (time: number, units: string[], a: number[], b: number[]): PanelSlice => ({
  time,
  units,
  columns: new Map([
    ['a', Float64Array.from(a)],
    ['b', Float64Array.from(b)],
  ]),
});

const target = slice(2022, ['u1', 'u2', 'u3'], [N, 2, N], [N, N, 5]);
const panel = [
  slice(2024, ['u1', 'u2', 'u3'], [99, 99, 99], [99, 99, 99]), // later: never used
  slice(2020, ['u3', 'u1'], [30, 10], [33, 12]), // other order, u2 absent
  slice(2021, ['u1', 'u2', 'u3'], [11, N, N], [N, 7, 8]),
];

describe('imputeLatestYear (COINr impute_panel, imp_type = "latest")', () => {
  it('fills each gap with the most recent earlier observed value, matching units by code', () => {
    const { columns, filled } = imputeLatestYear(target, panel);
    expect(list(columns.get('a'))).toEqual([11, 2, 30]);
    expect(list(columns.get('b'))).toEqual([12, 7, 5]);
    expect(filled).toEqual([
      { indicator: 'a', unit: 'u1', row: 0, from: 2021 },
      { indicator: 'a', unit: 'u3', row: 2, from: 2020 },
      { indicator: 'b', unit: 'u1', row: 0, from: 2020 },
      { indicator: 'b', unit: 'u2', row: 1, from: 2021 },
    ]);
  });

  it('looks back at most maxTime time points of the panel (COINr max_time)', () => {
    const { columns, filled } = imputeLatestYear(target, panel, 1);
    expect(list(columns.get('a'))).toEqual([11, 2, N]);
    expect(list(columns.get('b'))).toEqual([N, 7, 5]);
    expect(filled.map((f) => f.from)).toEqual([2021, 2021]);
    // time points, not years: with 2021 missing from the panel, one step back is 2020
    const gap = imputeLatestYear(target, [panel[1]!], 1);
    expect(list(gap.columns.get('a'))).toEqual([10, 2, 30]);
  });

  it('COINr test-impute_panel: a value removed in the last year comes back from the year before', () => {
    const years = [2019, 2020, 2021, 2022].map((t, k) =>
      slice(t, ['NZ', 'AT'], [3 + k, 4 + k], [100 * k, 200 * k]),
    );
    const last = slice(2022, ['NZ', 'AT'], [N, 7], [300, N]);
    const { columns } = imputeLatestYear(last, years.slice(0, 3));
    expect(list(columns.get('a'))).toEqual([5, 7]);
    expect(list(columns.get('b'))).toEqual([300, 400]);
  });

  it('leaves a gap without earlier value missing and never changes present values', () => {
    const { columns } = imputeLatestYear(slice(2022, ['u9', 'u1'], [N, 1], [2, 3]), panel);
    expect(list(columns.get('a'))).toEqual([N, 1]);
    expect(list(columns.get('b'))).toEqual([2, 3]);
  });

  it('rejects maxTime below 1 and a panel with a time point twice', () => {
    expect(() => imputeLatestYear(target, panel, 0)).toThrow('imputation: maxTime must be at least 1, not 0');
    expect(() => imputeLatestYear(target, [...panel, panel[2]!])).toThrow(
      'the panel has time point 2021 twice',
    );
  });
});

describe('imputation method "latest"', () => {
  it('takes the earlier editions from the context', () => {
    const ctx = { ...context(['u1', 'u2', 'u3']), panel: { time: 2022, slices: panel } };
    const out = imputers.latest!(target.columns, ctx, { method: 'latest', params: { maxTime: 1 } });
    expect(list(out.get('a'))).toEqual([11, 2, N]);
    expect(ctx.warnings.list()).toEqual([
      { kind: 'imputation (latest) left a value missing', count: 2, example: 'a, unit u3' },
    ]);
  });
  it('explains that it needs earlier editions', () => {
    expect(() =>
      imputers.latest!(new Map([['a', f64(N)]]), context(['u1']), { method: 'latest', params: {} }),
    ).toThrow('latest: imputation by the latest year needs the data of earlier editions');
  });
});
