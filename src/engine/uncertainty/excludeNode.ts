// Leaves one node (an indicator or an aggregate with everything below it) out of an index structure.
import { EngineError } from '../errors.js';
import type { AggregateNode, IndexStructure } from '../structure.js';

/**
 * The structure without `code` and its descendants. The weights of its siblings are scaled so that
 * they sum to what all the siblings summed to before; a parent left without children is left out too.
 */
export function excludeNode(structure: IndexStructure, code: string): IndexStructure {
  if (code === structure.root) throw new EngineError(code, 'the whole index cannot be left out');
  const node =
    structure.indicators.find((n) => n.code === code) ?? structure.aggregates.find((n) => n.code === code);
  if (!node) throw new EngineError(code, 'cannot leave out a node that is not in the index');
  const removed = descendants(structure, code);
  const parent = structure.aggregates.find((a) => a.code === node.parent)!;
  const siblings = parent.children.filter((c) => c !== code);
  const pruned: IndexStructure = {
    ...structure,
    indicators: structure.indicators.filter((n) => !removed.has(n.code)),
    aggregates: structure.aggregates
      .filter((a) => !removed.has(a.code))
      .map((a) => (a.code === parent.code ? { ...a, children: siblings } : a)),
  };
  if (siblings.length === 0) return excludeNode(pruned, parent.code);
  return renormaliseSiblings(pruned, structure, parent);
}

function descendants(structure: IndexStructure, code: string): Set<string> {
  const out = new Set([code]);
  for (const a of [...structure.aggregates].reverse()) {
    if (out.has(a.code)) for (const child of a.children) out.add(child);
  }
  return out;
}

function renormaliseSiblings(
  pruned: IndexStructure,
  before: IndexStructure,
  parent: AggregateNode,
): IndexStructure {
  const weightOf = new Map([...before.indicators, ...before.aggregates].map((n) => [n.code, n.weight]));
  const total = parent.children.reduce((sum, c) => sum + weightOf.get(c)!, 0);
  const kept = parent.children.filter(
    (c) => pruned.aggregates.some((a) => a.code === c) || pruned.indicators.some((i) => i.code === c),
  );
  const remaining = kept.reduce((sum, c) => sum + weightOf.get(c)!, 0);
  if (!(remaining > 0)) return pruned;
  const factor = total / remaining;
  const scale = <T extends { code: string; parent: string | null; weight: number }>(n: T): T =>
    n.parent === parent.code ? { ...n, weight: n.weight * factor } : n;
  return { ...pruned, indicators: pruned.indicators.map(scale), aggregates: pruned.aggregates.map(scale) };
}
