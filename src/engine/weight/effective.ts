// Effective weights: each node's share of the root, as COINr's get_eff_weights.
import type { IndexStructure } from '../structure.js';

/**
 * The weight of every node in the root: its weight divided by the sum of its siblings' weights, times the
 * effective weight of its parent (the root is 1). For indicators this is their share of the index; the
 * effective weights of a level sum to 1. A node without a weight counts as 0; a group whose weights sum to 0
 * gives NaN.
 */
export function effectiveWeights(
  structure: IndexStructure,
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const effective = new Map<string, number>([[structure.root, 1]]);
  // aggregates come children first, so walking them backwards meets every parent before its children
  for (const node of [...structure.aggregates].reverse()) {
    const own = effective.get(node.code) ?? Number.NaN;
    const total = node.children.reduce((acc, code) => acc + (weights.get(code) ?? 0), 0);
    for (const child of node.children) effective.set(child, ((weights.get(child) ?? 0) / total) * own);
  }
  return effective;
}
