// Weighted harmonic mean per unit, as COINr's a_hmean.
import { EngineError } from '../errors.js';
import { byRow, unitName, type MeanOptions } from './rows.js';
import { exactSum as sum } from './exactSum.js';

/**
 * y = Σ w_i / Σ (w_i / x_i) over the present inputs. As COINr, a zero among the present inputs is an error
 * (naming node, unit and value); negative values are allowed and enter the formula as they are.
 */
export function weightedHarmonic(
  columns: readonly Float64Array[],
  weights: readonly number[],
  options: MeanOptions = {},
): Float64Array {
  return byRow(columns, weights, options.minShare ?? 0, ({ values, weights: w, unit }) => {
    if (values.some((x) => x === 0)) {
      throw new EngineError(
        options.node ?? 'harmonic',
        `the harmonic mean cannot take a zero, but unit ${unitName(options, unit)} has 0; ` +
          'normalise onto a range without zero (e.g. minmax from 1 to 100) or use another aggregation',
      );
    }
    return sum(w) / sum(values.map((x, i) => w[i]! / x));
  });
}
