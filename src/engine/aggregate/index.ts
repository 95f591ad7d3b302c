// The aggregation strategies, selected by method name; each follows the COINr function named beside it.
import { numberParam } from '../registry.js';
import type { Aggregator } from '../stages.js';
import type { AggregateNode, MethodChoice } from '../structure.js';
import type { Warnings } from '../warnings.js';
import { weightedArithmetic } from './arithmetic.js';
import { copeland } from './copeland.js';
import { weightedGeneralised } from './generalised.js';
import { weightedGeometric } from './geometric.js';
import { weightedHarmonic } from './harmonic.js';
import type { MeanOptions } from './rows.js';

/** The aggregation context, plus the unit names when the caller has them (for error messages). */
export interface AggregateContext {
  node: AggregateNode;
  minShare: number;
  warnings: Warnings;
  units?: readonly string[];
}

const options = ({ node, minShare, units }: AggregateContext): MeanOptions => ({
  node: node.code,
  minShare,
  ...(units ? { units } : {}),
});

export const aggregators: Record<string, Aggregator> = {
  /** a_amean */
  arithmetic: (columns, weights, _choice, context: AggregateContext) =>
    weightedArithmetic(columns, weights, options(context)),
  /** a_gmean */
  geometric: (columns, weights, _choice, context: AggregateContext) =>
    weightedGeometric(columns, weights, options(context)),
  /** a_hmean */
  harmonic: (columns, weights, _choice, context: AggregateContext) =>
    weightedHarmonic(columns, weights, options(context)),
  /** a_genmean, parameter p */
  generalised: (columns, weights, choice, context: AggregateContext) => {
    const p = numberParam(choice, 'p', Number.NaN);
    return weightedGeneralised(columns, weights, p, {
      ...options(context),
      onMissing: (unit) =>
        context.warnings.add(
          'generalised mean: a missing input makes the result missing (as COINr a_genmean)',
          `${context.node.code}, unit ${context.units?.[unit] ?? `#${unit + 1}`}`,
        ),
    });
  },
  /** a_copeland (COINr runs it with by_df = TRUE, where dat_thresh does not apply) */
  copeland: (columns, weights, _choice, { node, minShare, warnings }: AggregateContext) => {
    if (minShare > 0)
      warnings.add('copeland ignores the minimum share of available data (as COINr)', node.code);
    return copeland(columns, weights);
  },
};

/** An aggregation that writes into a caller's buffer (of one number per unit) and returns it. */
export type AggregatorInto = (
  columns: readonly Float64Array[],
  weights: readonly number[],
  choice: MethodChoice,
  context: AggregateContext,
  out: Float64Array,
) => Float64Array;

/**
 * Fast paths for the uncertainty analysis, which aggregates every node of every run: the same results
 * (and errors) as `aggregators`, written into a buffer reused from run to run instead of a new array.
 */
export const aggregatorsInto: Record<string, AggregatorInto> = {
  arithmetic: (columns, weights, _choice, context, out) =>
    weightedArithmetic(columns, weights, context.minShare, out),
  geometric: (columns, weights, _choice, context, out) =>
    weightedGeometric(columns, weights, options(context), out),
};
