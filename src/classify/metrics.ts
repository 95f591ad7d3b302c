// Quality figures of a binary classifier: confusion matrix, precision, recall, F1, accuracy.

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryMetrics extends Confusion {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function confusion(truth: readonly boolean[], predicted: readonly boolean[]): Confusion {
  if (truth.length !== predicted.length) {
    throw new RangeError(`${truth.length} labels but ${predicted.length} predictions`);
  }
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < truth.length; i++) {
    if (truth[i]) {
      if (predicted[i]) c.tp++;
      else c.fn++;
    } else if (predicted[i]) c.fp++;
    else c.tn++;
  }
  return c;
}

/** Precision, recall and F1 of a confusion matrix; a ratio with a zero denominator is 0 (no predictions, no positives). */
export function metricsOf(c: Confusion): BinaryMetrics {
  const n = c.tp + c.fp + c.fn + c.tn;
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, n, precision, recall, f1, accuracy: n === 0 ? 0 : (c.tp + c.tn) / n };
}

export function binaryMetrics(truth: readonly boolean[], predicted: readonly boolean[]): BinaryMetrics {
  return metricsOf(confusion(truth, predicted));
}

/** Sums confusion matrices (e.g. over the folds of a cross-validation). */
export function addConfusions(parts: readonly Confusion[]): Confusion {
  return parts.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn }), {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
  });
}
