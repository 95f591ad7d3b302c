import { describe, expect, it } from 'vitest';
import { describeColumn } from '../../../src/engine/audit/describe.js';
import { DEFAULT_AUDIT_OPTIONS } from '../../../src/engine/audit/types.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);

describe('describeColumn (COINr get_stats)', () => {
  it('judges the non-zero and unique flags against all units, but reports fractions of the present values', () => {
    // n = 6, 4 present, 2 non-zero, 3 unique: Flag.NonZero uses 2/6 < 0.5, Frc.NonZero = 2/4
    const s = describeColumn('denominated', 'x', 1, f64(0, 0, 1, 2, NaN, NaN), DEFAULT_AUDIT_OPTIONS);
    expect(s).toMatchObject({
      nAvail: 4,
      nNonZero: 2,
      nUnique: 3,
      nSame: 2,
      flagNonZero: 'LOW',
      flagUnique: 'ok',
    });
    expect(s.frcAvail).toBeCloseTo(4 / 6, 15);
    expect(s.frcNonZero).toBe(0.5);
    expect(s.frcUnique).toBe(0.75);
    expect(s.flagAvail).toBe('ok'); // 4/6 >= 0.65
    expect(describeColumn('denominated', 'x', 1, f64(1, 2, NaN, NaN), DEFAULT_AUDIT_OPTIONS).flagAvail).toBe(
      'LOW',
    );
  });
  it('gives R values for the location and spread statistics', () => {
    const s = describeColumn('scores', 'x', 2, f64(4, NaN, 1, 3, 10), DEFAULT_AUDIT_OPTIONS);
    expect(s).toMatchObject({ min: 1, max: 10, mean: 4.5, median: 3.5, level: 2, dataset: 'scores' });
    expect(s.sd).toBeCloseTo(Math.sqrt((0.25 + 12.25 + 2.25 + 30.25) / 3), 14);
  });
  it('leaves the skew-kurtosis flag undefined (R: NA) when the statistics are undefined and nothing decides', () => {
    // three values: skewness defined (0 here, so "ok"), kurtosis needs four
    expect(describeColumn('scores', 'x', 1, f64(1, 2, 3), DEFAULT_AUDIT_OPTIONS).flagSkewKurt).toBe('ok');
    expect(describeColumn('scores', 'x', 1, f64(1, 2), DEFAULT_AUDIT_OPTIONS).flagSkewKurt).toBeNull();
  });
  it('counts values equal to 15 significant digits as the same, as R table() does', () => {
    const s = describeColumn('scores', 'x', 1, f64(0.1 + 0.2, 0.3, 5), DEFAULT_AUDIT_OPTIONS);
    expect(s.nUnique).toBe(3);
    expect(s.nSame).toBe(2);
  });
});
