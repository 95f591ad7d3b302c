// The nodes of one level of an index and the weights it declares: what COINr calls a Level and the "Original" weights.
import { EngineError } from '../errors.js';
import type { IndexStructure } from '../structure.js';

/** A node with its code, its parent and its level (indicators are level 1). */
export interface LevelNode {
  code: string;
  parent: string | null;
}

/** The nodes of a level in spec order (indicators in their order, aggregates in the structure's order). */
export function nodesAtLevel(structure: IndexStructure, level: number, method: string): LevelNode[] {
  const nodes =
    level === 1
      ? structure.indicators.map(({ code, parent }) => ({ code, parent }))
      : structure.aggregates.filter((a) => a.level === level).map(({ code, parent }) => ({ code, parent }));
  const top = rootLevel(structure);
  if (!Number.isInteger(level) || level < 1 || level >= top || nodes.length === 0) {
    throw new EngineError(
      method,
      `level ${level} has no weighted nodes; choose a level from 1 to ${top - 1}`,
    );
  }
  return nodes;
}

export function rootLevel(structure: IndexStructure): number {
  return structure.aggregates.find((a) => a.code === structure.root)?.level ?? 1;
}

/** The weights written in the spec, for every node. */
export function declaredWeights(structure: IndexStructure): Map<string, number> {
  return new Map([...structure.indicators, ...structure.aggregates].map((n) => [n.code, n.weight]));
}
