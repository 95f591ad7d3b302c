import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateDistrictValues, districtOf } from '../../../src/ingest/allocate/index.js';

const targets = [
  { ags: '05170004', key: 12463 }, // Alpen, Kreis Wesel
  { ags: '05170024', key: 103725 }, // Moers
  { ags: '05913000', key: 587010 }, // Dortmund, independent city
];

describe('allocateDistrictValues', () => {
  it('splits a district count by the key: value_d × key_m / Σ key of the district', () => {
    const { values, problems } = allocateDistrictValues(
      [
        { district: '05170', value: 1000, missingReason: null },
        { district: '05913', value: 500, missingReason: null },
      ],
      targets,
      'population',
    );
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.ags, v.value, v.allocation])).toEqual([
      ['05170004', (1000 * 12463) / (12463 + 103725), 'population'],
      ['05170024', (1000 * 103725) / (12463 + 103725), 'population'],
      ['05913000', 500, 'population'],
    ]);
  });

  it('gives every municipality the district value as it is, marked as-is', () => {
    const { values } = allocateDistrictValues(
      [{ district: '05170', value: 42.5, missingReason: null }],
      targets,
      'as-is',
    );
    expect(values.map((v) => [v.ags, v.value, v.allocation, v.share])).toEqual([
      ['05170004', 42.5, 'as-is', 1],
      ['05170024', 42.5, 'as-is', 1],
    ]);
  });

  it('divides by the whole district when the unit set holds only part of it', () => {
    const { values } = allocateDistrictValues(
      [{ district: '05170', value: 1000, missingReason: null }],
      targets,
      'population',
      new Map([['05170', 464000]]),
    );
    expect(values[0]!.value).toBeCloseTo((1000 * 12463) / 464000, 9);
  });

  it('carries missing values with their reason and reports districts it cannot allocate', () => {
    const { values, problems } = allocateDistrictValues(
      [
        { district: '05170', value: null, missingReason: 'suppressed' },
        { district: '05562', value: 10, missingReason: null },
      ],
      [...targets, { ags: '05978004', key: null }],
      'employees',
    );
    expect(values.filter((v) => v.ags.startsWith('05170')).map((v) => [v.value, v.missingReason])).toEqual([
      [null, 'suppressed'],
      [null, 'suppressed'],
    ]);
    expect(problems).toEqual([{ kind: 'no-municipality', district: '05562' }]);
    const lacking = allocateDistrictValues(
      [{ district: '05978', value: 3, missingReason: null }],
      [{ ags: '05978004', key: null }],
      'employees',
    );
    expect(lacking.problems).toEqual([{ kind: 'missing-key', district: '05978', ags: '05978004' }]);
    const zero = allocateDistrictValues(
      [{ district: '05978', value: 3, missingReason: null }],
      [{ ags: '05978004', key: 0 }],
      'employees',
    );
    expect(zero.problems).toEqual([{ kind: 'zero-key', district: '05978' }]);
  });

  it('keeps the district total: the allocated values add up to the district value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (keys, total) => {
          const members = keys.map((key, i) => ({ ags: `05170${String(i * 4).padStart(3, '0')}`, key }));
          const { values } = allocateDistrictValues(
            [{ district: '05170', value: total, missingReason: null }],
            members,
            'population',
          );
          const sum = values.reduce((s, v) => s + v.value!, 0);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
        },
      ),
    );
  });

  it('knows the district of an AGS', () => {
    expect(districtOf('05170024')).toBe('05170');
  });
});
