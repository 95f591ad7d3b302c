import type { ImputeContext } from '../../../src/engine/stages.js';
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../../src/engine/structure.js';
import { Warnings } from '../../../src/engine/warnings.js';

export const N = Number.NaN;
export const f64 = (...xs: number[]) => Float64Array.from(xs);
export const list = (xs: Float64Array | undefined) => [...(xs ?? [])];

export function indicator(code: string, parent: string, direction: 1 | -1 = 1): IndicatorNode {
  return {
    kind: 'indicator',
    code,
    parent,
    weight: 1,
    direction,
    denominator: null,
    target: null,
    normalise: null,
    treat: null,
  };
}

/** Indicators a, b under p1, c under p2; p1 and p2 under the index. */
export function threeIndicators(directions: [1 | -1, 1 | -1, 1 | -1] = [1, 1, 1]): IndexStructure {
  return {
    indicators: [
      indicator('a', 'p1', directions[0]),
      indicator('b', 'p1', directions[1]),
      indicator('c', 'p2', directions[2]),
    ],
    aggregates: [
      {
        kind: 'aggregate',
        code: 'p1',
        parent: 'index',
        weight: 1,
        level: 2,
        children: ['a', 'b'],
        aggregate: null,
      },
      {
        kind: 'aggregate',
        code: 'p2',
        parent: 'index',
        weight: 1,
        level: 2,
        children: ['c'],
        aggregate: null,
      },
      {
        kind: 'aggregate',
        code: 'index',
        parent: null,
        weight: 1,
        level: 3,
        children: ['p1', 'p2'],
        aggregate: null,
      },
    ],
    root: 'index',
    pipeline: {
      screen: NO_METHOD,
      denominate: true,
      impute: NO_METHOD,
      treat: NO_METHOD,
      normalise: { method: 'minmax', params: {} },
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
}

export function context(
  units: string[],
  structure: IndexStructure = threeIndicators(),
  groups: Record<string, (string | null)[]> = {},
): ImputeContext {
  return { units, structure, groups: new Map(Object.entries(groups)), warnings: new Warnings() };
}
