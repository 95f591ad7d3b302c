// PCA weights, as COINr's get_PCA(..., Level, by_groups, weights_to): the first component's loadings become the weights.
import { aggregateTree } from '../aggregate/tree.js';
import { EngineError } from '../errors.js';
import { pca } from '../stats/pca.js';
import type { IndexStructure } from '../structure.js';
import { declaredWeights, nodesAtLevel } from './levels.js';

export interface PcaWeightOptions {
  /** Level of the nodes to weight: 1 = indicators, 2 = the first aggregates, ... (COINr's Level, default 1). */
  level?: number;
  /** One PCA per parent group (default, COINr's by_groups = TRUE) or one over the whole level. */
  byGroups?: boolean;
}

/**
 * The declared weights, with the nodes of `level` weighted by the loadings of the first principal component
 * of their scores: prcomp(na.omit(x), center = TRUE, scale = TRUE)$rotation[, 1], taken as they are (not made
 * absolute, not rescaled; aggregation rescales them within each group). Scores of a level above 1 are those of
 * aggregating the indicators with the declared weights and the pipeline's methods (COINr's "Aggregated" data
 * set). A component's sign is arbitrary in prcomp; ours has loadings that sum to a positive number (stats/pca),
 * which leaves every aggregate unchanged, since a mean is the same for w and -w.
 */
export function pcaWeights(
  structure: IndexStructure,
  normalised: ReadonlyMap<string, Float64Array>,
  options: PcaWeightOptions = {},
): Map<string, number> {
  const { level = 1, byGroups = true } = options;
  const weights = declaredWeights(structure);
  const nodes = nodesAtLevel(structure, level, 'pca');
  const scores = level === 1 ? normalised : aggregateTree(structure, normalised, weights);
  const groups = new Map<string, string[]>();
  for (const { code, parent } of nodes) {
    const key = byGroups ? (parent ?? structure.root) : `level ${level}`;
    groups.set(key, [...(groups.get(key) ?? []), code]);
  }
  for (const [group, codes] of groups) {
    const columns = codes.map((code) => scores.get(code)!);
    let loadings: number[];
    try {
      loadings = pca(columns, { center: true, scale: true }).loadings[0]!;
    } catch (error) {
      if (error instanceof EngineError) throw new EngineError(group, `PCA weights: ${error.problem}`);
      throw error;
    }
    codes.forEach((code, j) => weights.set(code, loadings[j]!));
  }
  return weights;
}
