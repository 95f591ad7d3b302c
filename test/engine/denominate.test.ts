import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denominate } from '../../src/engine/denominate.js';
import { EngineError } from '../../src/engine/errors.js';
import { Warnings } from '../../src/engine/warnings.js';

const f64 = (...xs: number[]) => Float64Array.from(xs);
const list = (xs: Float64Array) => [...xs];

describe('denominate (COINr Denominate)', () => {
  it('is plain division with scale 1, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (pairs) => {
          const out = denominate(f64(...pairs.map((p) => p[0])), f64(...pairs.map((p) => p[1])), 1);
          pairs.forEach(([x, d], i) => expect(Object.is(out[i], x / d)).toBe(true));
        },
      ),
    );
  });

  it('divides by the denominator scaled down, x / (d / scale), as COINr applies a ScaleFactor', () => {
    // per 100,000 inhabitants: 37 doctors in a town of 61,234
    expect(list(denominate(f64(37, 0, 5), f64(61234, 20, 3), 100000))).toEqual([
      37 / (61234 / 100000),
      0,
      5 / (3 / 100000),
    ]);
  });

  it('keeps missing values and missing denominators missing, without warning', () => {
    const warnings = new Warnings();
    const out = denominate(f64(NaN, 4), f64(2, NaN), 1, { indicator: 'a', units: ['u1', 'u2'], warnings });
    expect(list(out)).toEqual([NaN, NaN]);
    expect(warnings.list()).toEqual([]);
  });

  it('treats a zero denominator as a missing value and counts it, naming indicator and unit', () => {
    const warnings = new Warnings();
    const out = denominate(f64(1, 0, 3, 4), f64(0, 0, 2, 0), 100, {
      indicator: 'doctors',
      units: ['u1', 'u2', 'u3', 'u4'],
      warnings,
    });
    expect(list(out)).toEqual([NaN, NaN, 150, NaN]);
    expect(warnings.list()).toEqual([
      { kind: 'zero denominator (value treated as missing)', count: 3, example: 'doctors, unit u1' },
    ]);
  });

  it('rejects a negative denominator, naming indicator and unit', () => {
    const context = { indicator: 'doctors', units: ['u1', 'u2'], warnings: new Warnings() };
    expect(() => denominate(f64(1, 2), f64(5, -3), 1, context)).toThrow(EngineError);
    expect(() => denominate(f64(1, 2), f64(5, -3), 1, context)).toThrow(
      'doctors: negative denominator -3 for unit u2',
    );
    expect(() => denominate(f64(1, 2), f64(5, -3), 1)).toThrow(
      'denomination: negative denominator -3 for unit in row 2',
    );
  });
});
