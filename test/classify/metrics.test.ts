import { describe, expect, it } from 'vitest';
import { addConfusions, binaryMetrics, confusion, metricsOf } from '../../src/classify/metrics.js';

describe('binary metrics', () => {
  it('counts the confusion matrix and derives precision, recall and F1', () => {
    const truth = [true, true, true, true, false, false, false, false, false, false];
    const predicted = [true, true, true, false, true, false, false, false, false, false];
    const m = binaryMetrics(truth, predicted);
    expect([m.tp, m.fp, m.fn, m.tn]).toEqual([3, 1, 1, 5]);
    expect(m.precision).toBeCloseTo(0.75, 12);
    expect(m.recall).toBeCloseTo(0.75, 12);
    expect(m.f1).toBeCloseTo(0.75, 12);
    expect(m.accuracy).toBeCloseTo(0.8, 12);
  });

  it('uses the harmonic mean for F1', () => {
    const m = metricsOf({ tp: 1, fp: 0, fn: 3, tn: 0 }); // P = 1, R = 0.25
    expect(m.f1).toBeCloseTo((2 * 1 * 0.25) / 1.25, 12);
  });

  it('gives 0, not NaN, when nothing is predicted or there are no positives', () => {
    expect(metricsOf({ tp: 0, fp: 0, fn: 2, tn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('adds confusion matrices and rejects unequal lengths', () => {
    expect(addConfusions([confusion([true], [true]), confusion([false], [true])])).toEqual({
      tp: 1,
      fp: 1,
      fn: 0,
      tn: 0,
    });
    expect(() => confusion([true], [])).toThrow(RangeError);
  });
});
