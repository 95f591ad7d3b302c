// Z-scores, COINr's n_zscore: (x - mean) / sd * targetSd + targetMean, with the sample sd (n - 1).
import { DegenerateColumnError, EngineError } from '../errors.js';
import { mean } from '../stats/mean.js';
import { sampleSd } from '../stats/sd.js';
import { mapPresent } from './extent.js';

/** Missing stays missing; fewer than two present values or zero variance is an error naming `node`. */
export function zScore(values: Float64Array, targetMean = 0, targetSd = 1, node = 'zscore'): Float64Array {
  if (!(targetSd > 0))
    throw new EngineError(node, `z-score: the target standard deviation must be positive, not ${targetSd}`);
  const m = mean(values);
  if (Number.isNaN(m)) return values.slice();
  const sd = sampleSd(values);
  if (Number.isNaN(sd))
    throw new DegenerateColumnError(node, 'has only one value: z-scores need at least two');
  if (sd === 0)
    throw new DegenerateColumnError(
      node,
      `has zero variance (all present values equal): cannot compute z-scores`,
    );
  return mapPresent(values, (x) => ((x - m) / sd) * targetSd + targetMean);
}
