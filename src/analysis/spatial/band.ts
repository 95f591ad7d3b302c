// Where high values lie: a connected set of units named by its westernmost and easternmost member (an "axis").
import type { SpatialWeights } from './weights.js';

export interface Band {
  /** Unit positions in the band, west to east. */
  members: number[];
  west: number;
  east: number;
}

/**
 * The largest connected group (by neighbourhood, either direction) of the `selected` units, ties broken by
 * the larger sum of `weight`; null when nothing is selected. Its ends are the members with the smallest and
 * the largest longitude.
 */
export function bandOf(
  selected: readonly number[],
  w: SpatialWeights,
  lon: ArrayLike<number>,
  weight: ArrayLike<number>,
): Band | null {
  const inSet = new Set(selected);
  const adjacent = new Map<number, Set<number>>([...inSet].map((i) => [i, new Set<number>()]));
  for (const i of inSet) {
    for (const j of w.neighbours[i]!) {
      if (!inSet.has(j)) continue;
      adjacent.get(i)!.add(j);
      adjacent.get(j)!.add(i);
    }
  }
  const seen = new Set<number>();
  let best: number[] | null = null;
  const total = (c: number[]) => c.reduce((s, i) => s + weight[i]!, 0);
  for (const start of [...inSet].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const component: number[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const i = queue.shift()!;
      component.push(i);
      for (const j of adjacent.get(i)!) {
        if (seen.has(j)) continue;
        seen.add(j);
        queue.push(j);
      }
    }
    if (
      !best ||
      component.length > best.length ||
      (component.length === best.length && total(component) > total(best))
    )
      best = component;
  }
  if (!best) return null;
  const members = best.sort((a, b) => lon[a]! - lon[b]!);
  return { members, west: members[0]!, east: members.at(-1)! };
}
