// Weighted generalised (power) mean per unit, as COINr's a_genmean.
import { EngineError } from '../errors.js';
import { byRow, unitName, type MeanOptions } from './rows.js';
import { exactSum as sum } from './exactSum.js';

/**
 * y = (Σ w_i x_i^p / Σ w_i)^(1/p). As COINr: p = 0 is an error (the limit is the geometric mean); with p < 0
 * a value ≤ 0 is an error; with p > 0 negative values go through the power as they are (NaN for a
 * fractional p). COINr's a_genmean does not skip missing values, so a unit with any missing input (and
 * above the availability threshold) is NaN; `onMissing` is told about each such unit.
 */
export function weightedGeneralised(
  columns: readonly Float64Array[],
  weights: readonly number[],
  p: number,
  options: MeanOptions & { onMissing?: (unit: number) => void } = {},
): Float64Array {
  const node = options.node ?? 'generalised';
  if (p === 0 || !Number.isFinite(p)) {
    throw new EngineError(
      node,
      `the generalised mean needs a finite p other than 0 (got ${p}); for p = 0 use geometric`,
    );
  }
  return byRow(columns, weights, options.minShare ?? 0, ({ values, weights: w, missing, unit }) => {
    const bad = values.find((x) => x <= 0);
    if (p < 0 && bad !== undefined) {
      throw new EngineError(
        node,
        `the generalised mean with p = ${p} needs positive values, but unit ${unitName(options, unit)} has ${bad}`,
      );
    }
    if (missing > 0) {
      options.onMissing?.(unit);
      return Number.NaN;
    }
    return Math.pow(sum(values.map((x, i) => w[i]! * Math.pow(x, p))) / sum(w), 1 / p);
  });
}
