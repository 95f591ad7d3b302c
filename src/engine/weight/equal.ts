// Equal weights: every child of an aggregate gets the same weight.
import type { IndexStructure } from '../structure.js';
import { declaredWeights } from './levels.js';

/**
 * Each child of an aggregate gets 1 / (number of its children), so weights sum to 1 in every group. `levels`
 * picks the aggregates by their level (2 = the groups of indicators, 3 = the groups of those, ...); the
 * children of other aggregates keep their declared weights. Without `levels`, every aggregate.
 */
export function equalWeights(structure: IndexStructure, levels?: readonly number[]): Map<string, number> {
  const weights = declaredWeights(structure);
  for (const node of structure.aggregates) {
    if (levels && !levels.includes(node.level)) continue;
    for (const child of node.children) weights.set(child, 1 / node.children.length);
  }
  return weights;
}
