// PCA of each item set (an aggregate's children; all indicators below higher aggregates), as COINr's get_PCA by group.
import { EngineError } from '../errors.js';
import { pca } from '../stats/pca.js';
import type { Hierarchy } from './hierarchy.js';
import { itemSets } from './itemSets.js';
import { completeRows } from './reliability.js';
import type { PcaSummary } from './types.js';

/** prcomp(na.omit(x), center = TRUE, scale = TRUE) per group; a group that cannot be analysed reports why. */
export function pcaSummaries(hierarchy: Hierarchy, scores: ReadonlyMap<string, Float64Array>): PcaSummary[] {
  return itemSets(hierarchy).map(({ group, level, items, codes }) => {
    const columns = codes.map((code) => scores.get(code)!);
    const base = { group, level, items, codes, nComplete: completeRows(columns) };
    try {
      const { eigenvalues, varianceExplained, loadings } = pca(columns);
      return { ...base, eigenvalues, varianceExplained, loadings, error: null };
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      return { ...base, eigenvalues: [], varianceExplained: [], loadings: [], error: error.problem };
    }
  });
}
