// Weighted geometric mean per unit, as COINr's a_gmean.
import { EngineError } from '../errors.js';
import { byRow, unitName, type MeanOptions } from './rows.js';
import { exactSum as sum } from './exactSum.js';

/**
 * y = exp(Σ w_i ln x_i / Σ w_i) over the present inputs. COINr stops on any value ≤ 0 among the present
 * inputs of a unit that passes the availability threshold; so do we, naming node, unit and value.
 */
export function weightedGeometric(
  columns: readonly Float64Array[],
  weights: readonly number[],
  options: MeanOptions = {},
): Float64Array {
  return byRow(columns, weights, options.minShare ?? 0, ({ values, weights: w, unit }) => {
    const bad = values.find((x) => x <= 0);
    if (bad !== undefined) {
      throw new EngineError(
        options.node ?? 'geometric',
        `the geometric mean needs positive values, but unit ${unitName(options, unit)} has ${bad}; ` +
          'normalise onto a positive range (e.g. minmax from 1 to 100) or use another aggregation',
      );
    }
    return Math.exp(sum(values.map((x, i) => w[i]! * Math.log(x))) / sum(w));
  });
}
