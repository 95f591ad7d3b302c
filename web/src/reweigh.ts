// The weights explorer's computation: the index again from the sub-index scores with other weights, by the engine's own functions.
import { aggregators } from '../../src/engine/aggregate/index.js';
import { rankDescending } from '../../src/engine/rank.js';
import { strategyFor } from '../../src/engine/registry.js';
import type { Params } from '../../src/engine/structure.js';
import { Warnings } from '../../src/engine/warnings.js';

export interface ReweighInput {
  root: string;
  /** The children of the root (sub-indices), in order. */
  children: readonly string[];
  /** One score column per child, one entry per unit (null = missing). */
  scores: readonly (readonly (number | null)[])[];
  /** One weight per child (any scale: the means renormalise). */
  weights: readonly number[];
  /** The root's aggregation as the edition computed it. */
  method: string;
  params?: Params;
  minShare?: number;
}

export interface Reweighed {
  scores: (number | null)[];
  ranks: (number | null)[];
}

/** The root's scores and ranks (descending, ties share the best rank) for the given weights. */
export function reweigh(input: ReweighInput): Reweighed {
  const choice = { method: input.method, params: input.params ?? {} };
  const aggregate = strategyFor(aggregators, choice, input.root, 'aggregation');
  const columns = input.scores.map((column) =>
    Float64Array.from(column, (v) => (v === null ? Number.NaN : v)),
  );
  const node = {
    kind: 'aggregate' as const,
    code: input.root,
    parent: null,
    weight: 1,
    level: 0,
    children: [...input.children],
    aggregate: choice,
  };
  const out = aggregate(columns, input.weights, choice, {
    node,
    minShare: input.minShare ?? 0,
    warnings: new Warnings(),
  });
  const ranks = rankDescending(out);
  const present = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return { scores: Array.from(out, present), ranks: Array.from(ranks, present) };
}
