// Reading the index tree for the audit: levels, parents, ancestors and the indicators below a node.
import type { AggregateNode, IndexStructure } from '../structure.js';

export interface Hierarchy {
  level(code: string): number;
  /** Parent, grandparent, ..., up to the root. */
  ancestors(code: string): string[];
  /** Indicators below an aggregate, in spec order. */
  indicatorsBelow(code: string): string[];
  aggregates: readonly AggregateNode[];
}

export function hierarchyOf(structure: IndexStructure): Hierarchy {
  const parent = new Map<string, string | null>();
  const level = new Map<string, number>();
  for (const indicator of structure.indicators) {
    parent.set(indicator.code, indicator.parent);
    level.set(indicator.code, 1);
  }
  for (const aggregate of structure.aggregates) {
    parent.set(aggregate.code, aggregate.parent);
    level.set(aggregate.code, aggregate.level);
  }
  const ancestors = (code: string): string[] => {
    const chain: string[] = [];
    for (let up = parent.get(code) ?? null; up !== null; up = parent.get(up) ?? null) {
      if (chain.includes(up)) break;
      chain.push(up);
    }
    return chain;
  };
  return {
    level: (code) => level.get(code) ?? Number.NaN,
    ancestors,
    indicatorsBelow: (code) =>
      structure.indicators.map((i) => i.code).filter((i) => ancestors(i).includes(code)),
    aggregates: structure.aggregates,
  };
}
