// The aggregation strategies, selected by method name; each follows the COINr function named beside it.
import { numberParam } from '../registry.js';
import type { Aggregator } from '../stages.js';
import type { AggregateNode } from '../structure.js';
import type { Warnings } from '../warnings.js';
import { weightedArithmetic } from './arithmetic.js';
import { copeland } from './copeland.js';
import { weightedGeneralised } from './generalised.js';
import { weightedGeometric } from './geometric.js';
import { weightedHarmonic } from './harmonic.js';
import type { MeanOptions } from './rows.js';

/** The aggregation context, plus the unit names when the caller has them (for error messages). */
interface Context {
  node: AggregateNode;
  minShare: number;
  warnings: Warnings;
  units?: readonly string[];
}

const options = ({ node, minShare, units }: Context): MeanOptions => ({
  node: node.code,
  minShare,
  ...(units ? { units } : {}),
});

export const aggregators: Record<string, Aggregator> = {
  /** a_amean */
  arithmetic: (columns, weights, _choice, context: Context) =>
    weightedArithmetic(columns, weights, options(context)),
  /** a_gmean */
  geometric: (columns, weights, _choice, context: Context) =>
    weightedGeometric(columns, weights, options(context)),
  /** a_hmean */
  harmonic: (columns, weights, _choice, context: Context) =>
    weightedHarmonic(columns, weights, options(context)),
  /** a_genmean, parameter p */
  generalised: (columns, weights, choice, context: Context) => {
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
  copeland: (columns, weights, _choice, { node, minShare, warnings }: Context) => {
    if (minShare > 0)
      warnings.add('copeland ignores the minimum share of available data (as COINr)', node.code);
    return copeland(columns, weights);
  },
};
