// Cronbach's alpha of each aggregate's children, and of all indicators below aggregates above the first level.
import { cronbachAlpha } from '../stats/cronbach.js';
import type { Hierarchy } from './hierarchy.js';
import { itemSets } from './itemSets.js';
import type { CronbachResult } from './types.js';

/** alpha as get_cronbach (pairwise-complete covariances) over the scores of each item set. */
export function cronbachResults(
  hierarchy: Hierarchy,
  scores: ReadonlyMap<string, Float64Array>,
): CronbachResult[] {
  return itemSets(hierarchy).map(({ group, level, items, codes }) => {
    const columns = codes.map((code) => scores.get(code)!);
    return { group, level, items, codes, nComplete: completeRows(columns), alpha: cronbachAlpha(columns) };
  });
}

export function completeRows(columns: readonly Float64Array[]): number {
  const rows = columns[0]?.length ?? 0;
  let count = 0;
  for (let i = 0; i < rows; i++) if (columns.every((c) => !Number.isNaN(c[i]!))) count++;
  return count;
}
