// The aggregation strategies, selected by method name.
import type { Aggregator } from '../stages.js';
import { weightedArithmetic } from './arithmetic.js';

export const aggregators: Record<string, Aggregator> = {
  arithmetic: (columns, weights, _choice, { minShare }) => weightedArithmetic(columns, weights, minShare),
};
