// The groups of columns that reliability and PCA look at: each aggregate's children, and for aggregates above
// level 2 also every indicator below them (COINr's Level = 1 selection of that group).
import type { Hierarchy } from './hierarchy.js';
import type { ItemSet } from './types.js';

export interface ItemGroup {
  group: string;
  level: number;
  items: ItemSet;
  codes: string[];
}

export function itemSets(hierarchy: Hierarchy): ItemGroup[] {
  return hierarchy.aggregates.flatMap((a) => {
    const children: ItemGroup = { group: a.code, level: a.level, items: 'children', codes: [...a.children] };
    if (a.level <= 2) return [children];
    return [
      children,
      { group: a.code, level: a.level, items: 'indicators', codes: hierarchy.indicatorsBelow(a.code) },
    ];
  });
}
