import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTestRecord, sha256Hex, splitRecords } from '../../src/classify/split.js';

describe('deterministic train/test split', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `rec-${i}`);

  it('is reproducible and does not depend on the order of the records', () => {
    const a = splitRecords(ids, (id) => id, 'seed', 0.35);
    const b = splitRecords([...ids].reverse(), (id) => id, 'seed', 0.35);
    expect(new Set(b.test)).toEqual(new Set(a.test));
    expect(a.train.length + a.test.length).toBe(ids.length);
  });

  it('puts about the requested share into the test part and depends on the seed', () => {
    const { test } = splitRecords(ids, (id) => id, 'seed', 0.35);
    expect(test.length / ids.length).toBeGreaterThan(0.31);
    expect(test.length / ids.length).toBeLessThan(0.39);
    const other = splitRecords(ids, (id) => id, 'other seed', 0.35).test;
    expect(other).not.toEqual(test);
  });

  it('assigns each record by its own id only', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 20 }), (id, others) => {
        const alone = splitRecords([id], (x) => x, 's', 0.3).test.length === 1;
        const among = splitRecords([...others, id], (x) => x, 's', 0.3).test.includes(id);
        return alone === among && alone === isTestRecord(id, 's', 0.3);
      }),
    );
  });

  it('rejects fractions outside (0, 1) and hashes with SHA-256', () => {
    expect(() => isTestRecord('a', 's', 1)).toThrow(RangeError);
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
