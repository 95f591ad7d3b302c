// Outlier treatment: COINr's default Treat() (check skew/kurtosis, winsorise, else log_CT of the original), and caps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurtosis } from '../../../src/engine/stats/kurtosis.js';
import { skewness } from '../../../src/engine/stats/skewness.js';
import { treaters } from '../../../src/engine/treat/index.js';
import { checkSkewKurt } from '../../../src/engine/treat/checkSkewKurt.js';
import { logCT } from '../../../src/engine/treat/logCT.js';
import { winsorise } from '../../../src/engine/treat/winsorise.js';
import type { IndicatorNode, Params } from '../../../src/engine/structure.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const indicator = {
  kind: 'indicator',
  code: 'startups',
  parent: 'p',
  weight: 1,
  direction: 1,
  denominator: null,
  target: null,
  normalise: null,
  treat: null,
} as IndicatorNode;
const treat = (method: string, values: number[], params: Params = {}) =>
  treaters[method]!(Float64Array.from(values), { method, params }, indicator);
const defaults = { winmax: 5, skewThresh: 2, kurtThresh: 3.5, forceWin: false };

describe('winsorise (COINr Treat defaults: winmax 5, |skew| < 2 or kurtosis < 3.5 passes)', () => {
  it('reproduces the treat vignette: x = c(1:10, 30, 100) with winmax 2 moves 100 to 30 and then passes', () => {
    // COINr vignette "Outlier Treatment", Numeric vectors: check_SkewKurt(l_treat$x) gives skew 1.712038, kurt 1.815781
    const { values, report } = treat('winsorise', [...range(1, 10), 30, 100], { winmax: 2 });
    expect(list(values)).toEqual([...range(1, 10), 30, 30]);
    expect(skewness(values)).toBeCloseTo(1.712038, 6);
    expect(kurtosis(values)).toBeCloseTo(1.815781, 6);
    expect(report).toEqual({
      indicator: 'startups',
      method: 'winsorise',
      changed: [11],
      note: 'winsorised 1 high point',
    });
  });
  it('moves a single high outlier to the next value (COINr tests/test-treat.R)', () => {
    expect(list(treat('winsorise', [...range(1, 10), 100]).values)).toEqual(range(1, 10).concat(10));
  });
  it('leaves a passing column unchanged', () => {
    const { values, report } = treat('winsorise', range(1, 12));
    expect(list(values)).toEqual(range(1, 12));
    expect(report.changed).toEqual([]);
    expect(report.note).toBe('passed, unchanged');
  });
  it('winsorises low outliers when the skew is negative', () => {
    const { values, report } = treat(
      'winsorise',
      [...range(1, 10), 30, 100].map((x) => -x),
    );
    expect(list(values)).toEqual([...range(1, 10), 30, 30].map((x) => -x));
    expect(report.note).toBe('winsorised 1 low point');
  });
  it('falls back to log_CT of the ORIGINAL values when winmax is reached without passing (tests/test-treat.R data)', () => {
    // x = c(1:20, 100, 200), winmax 1: after moving 200 to 100 it still fails; log_CT: log(x - 1 + 0.01 * 199)
    const x = [...range(1, 20), 100, 200];
    const { values, report } = treat('winsorise', x, { winmax: 1 });
    x.forEach((v, i) => expect(values[i]).toBeCloseTo(Math.log(v + 0.99), 14));
    expect(report.note).toBe('log transform (winsorisation did not pass after 1 point)');
    expect(report.changed).toEqual(range(0, 21));
  });
  it('winmax 0 goes straight to the log transform', () => {
    expect(treat('winsorise', [...range(1, 10), 30, 100], { winmax: 0 }).report.note).toBe(
      'log transform (winsorisation did not pass after 0 points)',
    );
  });
  it('moves tied extremes together, so a tie can take it past winmax, as in COINr', () => {
    // step 1: 1000 -> 100 (nwin 1); still failing, step 2: the three 100s -> 5 (nwin 3 > winmax 2); then passes
    const x = [...range(1, 5), ...range(1, 5), ...range(1, 5), ...range(1, 5), 100, 100, 1000];
    const { values, report } = treat('winsorise', x, { winmax: 2 });
    expect(list(values)).toEqual([...x.slice(0, 20), 5, 5, 5]);
    expect(report.changed).toEqual([20, 21, 22]);
    expect(report.note).toBe('winsorised 3 high points');
  });
  it('force_win keeps going up to winmax and follows the sign of the skew to either side (tests/test-treat.R data)', () => {
    // 200 -> 100, the two 100s -> 20 (nwin 2), then the skew is negative: 1 -> 2 (nwin 3)
    const { values, report } = treat('winsorise', [...range(1, 20), 100, 200], {
      winmax: 3,
      force_win: true,
    });
    expect(list(values)).toEqual([2, ...range(2, 20), 20, 20]);
    expect(report.note).toBe('winsorised 2 high and 1 low points');
  });
  it('ignores missing values in the statistics and keeps them missing', () => {
    const { values, report } = treat('winsorise', [...range(1, 10), NaN, 30, 100], { winmax: 1 });
    expect(list(values)).toEqual([...range(1, 10), NaN, 30, 30]);
    expect(report.changed).toEqual([12]);
  });
  it('leaves the column untreated where skewness or kurtosis are undefined, as COINr does', () => {
    // all equal; two values; a winsorisation step that leaves all values equal (skew NaN mid-way)
    for (const x of [
      [5, 5, 5, 5],
      [1, NaN, 100],
      [1, 1, 1, 1, 1, 100],
    ]) {
      const { values, report } = treat('winsorise', x);
      expect(list(values)).toEqual(x);
      expect(report.note).toMatch(/^not treated: skewness or kurtosis undefined/);
    }
  });
  it('passes three values whose |skew| is below the threshold although kurtosis is undefined (TRUE | NA)', () => {
    expect(treat('winsorise', [1, 2, 100]).report.note).toBe('passed, unchanged');
  });
  it('takes skew_thresh and kurt_thresh', () => {
    // |skew| of c(1:10, 30, 100) after one point is 1.71: passes at 2, fails at 1.5 (and kurtosis 1.82 fails at 1)
    expect(
      treat('winsorise', [...range(1, 10), 30, 100], { skew_thresh: 1.5, kurt_thresh: 1, winmax: 1 }).report
        .note,
    ).toMatch(/^log transform/);
  });
  it('rejects a negative winmax and accepts "none" for no limit', () => {
    expect(() => treat('winsorise', [1, 2, 3, 4], { winmax: -1 })).toThrow(
      /^startups: winsorise: "winmax" must be 0 or more/,
    );
    expect(treat('winsorise', [...range(1, 20), 100, 200], { winmax: 'none' }).report.note).toMatch(
      /^winsorised/,
    );
  });
  it('changes at most winmax points when the values are distinct, and only at the extremes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 100000 }), { minLength: 5, maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (xs, winmax) => {
          const result = winsorise(Float64Array.from(xs), { ...defaults, winmax });
          if (!result) return;
          const changed = xs.map((x, i) => (x === result.values[i] ? -1 : i)).filter((i) => i >= 0);
          expect(changed.length).toBeLessThanOrEqual(winmax);
          expect(result.nwin).toBe(changed.length);
          const sorted = [...xs].sort((a, b) => a - b);
          const lowered = changed.filter((i) => result.values[i]! < xs[i]!).length;
          const raised = changed.length - lowered;
          for (const i of changed) {
            const rank = sorted.indexOf(xs[i]!);
            expect(rank < raised || rank >= xs.length - lowered).toBe(true);
          }
        },
      ),
    );
  });
});

describe('checkSkewKurt', () => {
  it('passes on |skew| < skew_thresh OR kurtosis < kurt_thresh, both strict; undefined is null', () => {
    const x = f64(...range(1, 10), 30, 100);
    const skew = skewness(x);
    const kurt = kurtosis(x);
    expect(checkSkewKurt(x, { skewThresh: skew, kurtThresh: kurt })).toBe(false);
    expect(checkSkewKurt(x, { skewThresh: skew + 1e-9, kurtThresh: kurt })).toBe(true);
    expect(checkSkewKurt(x, { skewThresh: skew, kurtThresh: kurt + 1e-9 })).toBe(true);
    expect(
      checkSkewKurt(
        x.map((v) => -v),
        { skewThresh: skew + 1e-9, kurtThresh: 0 },
      ),
    ).toBe(true);
    expect(checkSkewKurt(f64(1, 2), { skewThresh: 2, kurtThresh: 3.5 })).toBeNull();
  });
});

describe('logCT', () => {
  it('log(x - min + 0.01 (max - min)), missing stays missing', () => {
    const out = logCT(f64(1, 51, NaN, 101));
    expect(out[0]).toBeCloseTo(Math.log(1), 14);
    expect(out[1]).toBeCloseTo(Math.log(51), 14);
    expect(out[2]).toBeNaN();
    expect(out[3]).toBeCloseTo(Math.log(101), 14);
  });
});

describe('cap', () => {
  it('clamps to low and high and reports what changed', () => {
    const { values, report } = treat('cap', [-5, 0, 50, 150, NaN], { low: 0, high: 100 });
    expect(list(values)).toEqual([0, 0, 50, 100, NaN]);
    expect(report).toEqual({
      indicator: 'startups',
      method: 'cap',
      changed: [0, 3],
      note: 'capped 1 high and 1 low points',
    });
  });
  it('takes one bound alone and reports an unchanged column', () => {
    expect(list(treat('cap', [1, 5, 9], { high: 6 }).values)).toEqual([1, 5, 6]);
    expect(treat('cap', [1, 5, 9], { low: 0 }).report.note).toBe('within the caps, unchanged');
  });
  it('needs a bound, in order', () => {
    expect(() => treat('cap', [1])).toThrow(/^startups: cap needs a lower or an upper bound/);
    expect(() => treat('cap', [1], { low: 5, high: 1 })).toThrow(/lower bound 5 is above the upper bound 1/);
  });
});

describe('none', () => {
  it('changes nothing', () => {
    expect(treat('none', [1, 1000]).report).toEqual({
      indicator: 'startups',
      method: 'none',
      changed: [],
      note: '',
    });
  });
});
