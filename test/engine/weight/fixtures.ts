// A small index for the weighting tests: six indicators over ten units, in groups of two or three.
import { NO_METHOD, type IndexStructure, type IndicatorNode } from '../../../src/engine/structure.js';

const indicator = (code: string, parent: string, weight = 1): IndicatorNode => ({
  kind: 'indicator',
  code,
  parent,
  weight,
  direction: 1,
  denominator: null,
  target: null,
  normalise: null,
  treat: null,
});

/** The same frozen values were used in R to compute the expected numbers of the tests. */
export const values: Record<string, number[]> = {
  i1: [12, 45, 33, 80, 51, 27, 64, 90, 15, 38],
  i2: [20, 40, 35, 70, 65, 22, 58, 85, 30, 33],
  i3: [90, 15, 55, 30, 48, 72, 20, 10, 66, 41],
  i4: [50, 52, 61, 47, 80, 35, 44, 69, 58, 40],
  i5: [5, 60, 25, 75, 55, 10, 95, 70, 35, 45],
  i6: [30, 35, 80, 45, 20, 60, 50, 40, 75, 10],
};

export function columns(missing: [string, number][] = []): Map<string, Float64Array> {
  const map = new Map(Object.entries(values).map(([code, xs]) => [code, Float64Array.from(xs)]));
  for (const [code, i] of missing) map.get(code)![i] = Number.NaN;
  return map;
}

/** Groups g1..g3 under "top"; `groups` lists the indicators of each group. */
export function structure(
  groups: string[][] = [
    ['i1', 'i2'],
    ['i3', 'i4'],
    ['i5', 'i6'],
  ],
  groupWeights: number[] = groups.map(() => 1),
): IndexStructure {
  const codes = groups.map((_, g) => `g${g + 1}`);
  return {
    indicators: groups.flatMap((members, g) => members.map((code) => indicator(code, codes[g]!))),
    aggregates: [
      ...groups.map((members, g) => ({
        kind: 'aggregate' as const,
        code: codes[g]!,
        parent: 'top',
        weight: groupWeights[g]!,
        level: 2,
        children: members,
        aggregate: null,
      })),
      { kind: 'aggregate', code: 'top', parent: null, weight: 1, level: 3, children: codes, aggregate: null },
    ],
    root: 'top',
    pipeline: {
      screen: NO_METHOD,
      denominate: false,
      impute: NO_METHOD,
      treat: NO_METHOD,
      normalise: NO_METHOD,
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
}
