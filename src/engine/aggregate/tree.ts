// Aggregates a whole hierarchy from indicator scores with given weights, choosing each node's method as the pipeline does.
import { strategyFor } from '../registry.js';
import type { IndexStructure } from '../structure.js';
import { Warnings } from '../warnings.js';
import { aggregators } from './index.js';

/**
 * Scores of every node (indicators as given, aggregates computed children first) with the method of the node,
 * else of its level, else the pipeline's. Unlike the pipeline it does not stop on a group whose weights sum to
 * zero: the means then give NaN, as COINr's would (weight optimisation relies on this).
 */
export function aggregateTree(
  structure: IndexStructure,
  indicators: ReadonlyMap<string, Float64Array>,
  weights: ReadonlyMap<string, number>,
  warnings: Warnings = new Warnings(),
): Map<string, Float64Array> {
  const { pipeline } = structure;
  const scores = new Map(indicators);
  for (const node of structure.aggregates) {
    const choice = node.aggregate ?? pipeline.aggregateByLevel[node.level] ?? pipeline.aggregate;
    const aggregate = strategyFor(aggregators, choice, node.code, 'aggregation');
    const children = node.children.map((code) => scores.get(code)!);
    const childWeights = node.children.map((code) => weights.get(code) ?? 0);
    scores.set(
      node.code,
      aggregate(children, childWeights, choice, { node, minShare: pipeline.minShareAvailable, warnings }),
    );
  }
  return scores;
}
