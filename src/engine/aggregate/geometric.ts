// Weighted geometric mean per unit, as COINr's a_gmean.
import { EngineError } from '../errors.js';
import { unitName, type MeanOptions } from './rows.js';
import { exactSumOf } from './exactSum.js';

/**
 * y = exp(Σ w_i ln x_i / Σ w_i) over the present inputs. COINr stops on any value ≤ 0 among the present
 * inputs of a unit that passes the availability threshold; so do we, naming node, unit and value.
 * The sums are exact (exactSum) as R's long-double sum(). Written as a loop over reused buffers, since the
 * uncertainty analysis runs it for every unit of every run; `out`, when given, receives the result.
 */
export function weightedGeometric(
  columns: readonly Float64Array[],
  weights: readonly number[],
  options: MeanOptions = {},
  out: Float64Array = new Float64Array(columns[0]?.length ?? 0),
): Float64Array {
  const k = columns.length;
  const minShare = options.minShare ?? 0;
  const terms = new Float64Array(k);
  const present = new Float64Array(k);
  const partials = new Float64Array(k);
  // Σw of a unit with every input present: the same sum for all such units, so computed once.
  const allWeights = exactSumOf(Float64Array.from(weights.slice(0, k)), k, partials);
  for (let i = 0; i < out.length; i++) {
    let count = 0;
    for (let j = 0; j < k; j++) if (!Number.isNaN(columns[j]![i]!)) count++;
    // As COINr's Aggregate(): below the availability threshold, or without data, NaN without looking further.
    if (count === 0 || count / k < minShare) {
      out[i] = Number.NaN;
      continue;
    }
    let c = 0;
    for (let j = 0; j < k; j++) {
      const x = columns[j]![i]!;
      if (Number.isNaN(x)) continue;
      if (x <= 0) throw notPositive(options, i, x);
      terms[c] = weights[j]! * Math.log(x);
      present[c++] = weights[j]!;
    }
    const weightSum = c === k ? allWeights : exactSumOf(present, c, partials);
    out[i] = Math.exp(exactSumOf(terms, c, partials) / weightSum);
  }
  return out;
}

function notPositive(options: MeanOptions, unit: number, value: number): EngineError {
  return new EngineError(
    options.node ?? 'geometric',
    `the geometric mean needs positive values, but unit ${unitName(options, unit)} has ${value}; ` +
      'normalise onto a positive range (e.g. minmax from 1 to 100) or use another aggregation',
  );
}
