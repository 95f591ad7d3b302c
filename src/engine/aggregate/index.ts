// The aggregation strategies, selected by method name.
import { EngineError } from '../errors.js';
import type { AggregateChoice } from '../structure.js';
import { weightedArithmetic } from './arithmetic.js';

export type Aggregator = (
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare: number,
  params: Record<string, number | string>,
) => Float64Array;

const aggregators: Record<string, Aggregator> = {
  arithmetic: (columns, weights, minShare) => weightedArithmetic(columns, weights, minShare),
};

export function aggregatorFor(choice: AggregateChoice, node: string): Aggregator {
  const aggregator = aggregators[choice.method];
  if (!aggregator) {
    throw new EngineError(
      node,
      `unknown aggregation "${choice.method}" (known: ${Object.keys(aggregators).join(', ')})`,
    );
  }
  return aggregator;
}
