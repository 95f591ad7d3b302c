// Small index structures and seeded synthetic data for the uncertainty tests.
import type { PipelineInput } from '../../../src/engine/pipeline.js';
import { createRandom } from '../../../src/engine/random.js';
import type { AggregateNode, IndexStructure, IndicatorNode } from '../../../src/engine/structure.js';

export function indicator(code: string, parent: string, weight = 1, direction: 1 | -1 = 1): IndicatorNode {
  return {
    kind: 'indicator',
    code,
    parent,
    weight,
    direction,
    denominator: null,
    target: null,
    normalise: null,
    treat: null,
  };
}

export function aggregate(
  code: string,
  parent: string | null,
  level: number,
  children: string[],
  weight = 1,
): AggregateNode {
  return { kind: 'aggregate', code, parent, weight, level, children, aggregate: null };
}

/** index ← {A ← a1, a2; B ← b1, b2, b3}, min-max to 0–100, arithmetic means. */
export function twoGroupStructure(): IndexStructure {
  return {
    indicators: [
      indicator('a1', 'A'),
      indicator('a2', 'A', 2),
      indicator('b1', 'B'),
      indicator('b2', 'B'),
      indicator('b3', 'B', 1, -1),
    ],
    aggregates: [
      aggregate('A', 'index', 2, ['a1', 'a2']),
      aggregate('B', 'index', 2, ['b1', 'b2', 'b3'], 2),
      aggregate('index', null, 3, ['A', 'B']),
    ],
    root: 'index',
    pipeline: {
      screen: { method: 'none', params: {} },
      denominate: false,
      impute: { method: 'none', params: {} },
      treat: { method: 'none', params: {} },
      normalise: { method: 'minmax', params: { low: 0, high: 100 } },
      weights: { method: 'explicit', params: {} },
      aggregate: { method: 'arithmetic', params: {} },
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
}

/** Seeded uniform data for every indicator of a structure; `missing` is the share of NaN cells. */
export function syntheticInput(
  structure: IndexStructure,
  units: number,
  seed: number,
  missing = 0,
): PipelineInput {
  const random = createRandom(seed);
  const columns = new Map<string, Float64Array>();
  for (const ind of structure.indicators) {
    columns.set(
      ind.code,
      Float64Array.from({ length: units }, () =>
        random.uniform() < missing ? Number.NaN : random.uniform() * 100,
      ),
    );
  }
  return { units: Array.from({ length: units }, (_, i) => `u${String(i + 1).padStart(3, '0')}`), columns };
}
