// Checks of a parsed spec that a schema cannot express: references, uniqueness, one root, no cycles.
import type { IndexSpec } from './schema.js';

export interface SpecProblem {
  path: (string | number)[];
  message: string;
}

export function checkSemantics(spec: IndexSpec): SpecProblem | null {
  return (
    checkUniqueCodes(spec) ??
    checkDenominators(spec) ??
    checkParents(spec) ??
    checkSingleRoot(spec) ??
    checkCycles(spec) ??
    checkChildren(spec) ??
    checkWeights(spec)
  );
}

function checkUniqueCodes(spec: IndexSpec): SpecProblem | null {
  const seen = new Map<string, string>();
  const lists = [
    ['denominators', spec.denominators],
    ['indicators', spec.indicators],
    ['aggregates', spec.aggregates],
  ] as const;
  for (const [list, items] of lists) {
    for (const [i, item] of items.entries()) {
      const earlier = seen.get(item.code);
      if (earlier)
        return { path: [list, i, 'code'], message: `code "${item.code}" is already used at ${earlier}` };
      seen.set(item.code, `${list}[${i}]`);
    }
  }
  return null;
}

function checkDenominators(spec: IndexSpec): SpecProblem | null {
  const known = new Set(spec.denominators.map((d) => d.code));
  for (const [i, ind] of spec.indicators.entries()) {
    if (ind.denominator && !known.has(ind.denominator)) {
      return { path: ['indicators', i, 'denominator'], message: `unknown denominator "${ind.denominator}"` };
    }
    if (ind.denominator && ind.scale === undefined) {
      return {
        path: ['indicators', i, 'scale'],
        message: 'an indicator with a denominator needs a scale (e.g. 100000)',
      };
    }
  }
  return null;
}

function checkParents(spec: IndexSpec): SpecProblem | null {
  const aggregates = new Set(spec.aggregates.map((a) => a.code));
  for (const [i, ind] of spec.indicators.entries()) {
    if (!aggregates.has(ind.parent)) {
      return { path: ['indicators', i, 'parent'], message: `unknown parent aggregate "${ind.parent}"` };
    }
  }
  for (const [i, agg] of spec.aggregates.entries()) {
    if (agg.parent && !aggregates.has(agg.parent)) {
      return { path: ['aggregates', i, 'parent'], message: `unknown parent aggregate "${agg.parent}"` };
    }
  }
  return null;
}

function checkSingleRoot(spec: IndexSpec): SpecProblem | null {
  const roots = spec.aggregates.flatMap((a, i) => (a.parent ? [] : [i]));
  if (roots.length === 1) return null;
  if (roots.length === 0)
    return { path: ['aggregates'], message: 'no root aggregate: exactly one needs no parent' };
  const names = roots.map((i) => spec.aggregates[i]!.code).join(', ');
  return { path: ['aggregates', roots[1]!, 'parent'], message: `more than one root aggregate (${names})` };
}

function checkCycles(spec: IndexSpec): SpecProblem | null {
  const parentOf = new Map(spec.aggregates.map((a) => [a.code, a.parent ?? null]));
  for (const [i, agg] of spec.aggregates.entries()) {
    const visited = new Set<string>([agg.code]);
    let current = parentOf.get(agg.code) ?? null;
    while (current) {
      if (visited.has(current)) {
        const cycle = [...visited, current].join(' → ');
        return { path: ['aggregates', i, 'parent'], message: `cycle in the hierarchy: ${cycle}` };
      }
      visited.add(current);
      current = parentOf.get(current) ?? null;
    }
  }
  return null;
}

function checkChildren(spec: IndexSpec): SpecProblem | null {
  const parents = new Set([...spec.indicators.map((i) => i.parent), ...spec.aggregates.map((a) => a.parent)]);
  for (const [i, agg] of spec.aggregates.entries()) {
    if (!parents.has(agg.code))
      return { path: ['aggregates', i, 'code'], message: `aggregate "${agg.code}" has no children` };
  }
  return null;
}

function checkWeights(spec: IndexSpec): SpecProblem | null {
  const total = new Map<string, number>();
  for (const node of [...spec.indicators, ...spec.aggregates]) {
    if (node.parent) total.set(node.parent, (total.get(node.parent) ?? 0) + node.weight);
  }
  for (const [i, agg] of spec.aggregates.entries()) {
    if (total.get(agg.code) === 0) {
      return {
        path: ['aggregates', i, 'code'],
        message: `the weights of the children of "${agg.code}" sum to zero`,
      };
    }
  }
  return null;
}
