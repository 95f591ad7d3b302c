// For row-wise imputation: the aggregate at a given level that each indicator belongs to (COINr's Lineage column).
import { EngineError } from '../errors.js';
import type { IndexStructure } from '../structure.js';

/**
 * Indicator code → code of its ancestor at `level` (2 = its parent). Where a branch skips that level, the first
 * ancestor above it is taken.
 */
export function indicatorGroups(structure: IndexStructure, level: number): Map<string, string> {
  const top = Math.max(...structure.aggregates.map((a) => a.level));
  if (!Number.isInteger(level) || level < 2 || level > top) {
    throw new EngineError(
      'imputation',
      `parameter "level" must be a whole number from 2 to ${top}, not ${level}`,
    );
  }
  const aggregates = new Map(structure.aggregates.map((a) => [a.code, a]));
  const groups = new Map<string, string>();
  for (const indicator of structure.indicators) {
    let node = aggregates.get(indicator.parent);
    while (node && node.level < level) node = node.parent === null ? undefined : aggregates.get(node.parent);
    if (!node) throw new EngineError(indicator.code, `has no ancestor at level ${level}`);
    groups.set(indicator.code, node.code);
  }
  return groups;
}
