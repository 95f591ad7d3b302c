// engine: pure computation of an index from columns of numbers; no files, no database, no HTTP.
import { aggregatorFor } from './aggregate/index.js';
import { denominate } from './denominate.js';
import { EngineError } from './errors.js';
import type { DataMatrix } from './matrix.js';
import { normaliserFor } from './normalise/index.js';
import { rankDescending } from './rank.js';
import type { IndexStructure, IndicatorNode } from './structure.js';

export interface IndexResult {
  units: readonly string[];
  /** Indicator values after dividing by their denominators. */
  denominated: Map<string, Float64Array>;
  /** Indicator values after normalisation (direction applied). */
  normalised: Map<string, Float64Array>;
  /** Normalised indicators and every aggregate, keyed by node code. */
  scores: Map<string, Float64Array>;
  /** Descending ranks of every node's score. */
  ranks: Map<string, Float64Array>;
}

export function computeIndex(structure: IndexStructure, data: DataMatrix): IndexResult {
  const denominated = new Map<string, Float64Array>();
  const normalised = new Map<string, Float64Array>();
  for (const indicator of structure.indicators) {
    const raw = denominatedValues(indicator, data);
    denominated.set(indicator.code, raw);
    const normalise = normaliserFor(structure.normalise, indicator.code);
    normalised.set(
      indicator.code,
      normalise(applyDirection(raw, indicator.direction), structure.normalise.params),
    );
  }
  const scores = new Map(normalised);
  for (const aggregate of structure.aggregates) {
    const choice = structure.aggregateByLevel[aggregate.level] ?? structure.aggregate;
    const aggregator = aggregatorFor(choice, aggregate.code);
    const children = aggregate.children.map((code) => scores.get(code)!);
    const weights = aggregate.children.map((code) => weightOf(structure, code));
    scores.set(aggregate.code, aggregator(children, weights, structure.minShareAvailable, choice.params));
  }
  const ranks = new Map([...scores].map(([code, values]) => [code, rankDescending(values)]));
  return { units: data.units, denominated, normalised, scores, ranks };
}

function denominatedValues(indicator: IndicatorNode, data: DataMatrix): Float64Array {
  const values = data.columns.get(indicator.code);
  if (!values) throw new EngineError(indicator.code, 'no data column for this indicator');
  if (!indicator.denominator) return values;
  const denominator = data.columns.get(indicator.denominator.variable);
  if (!denominator)
    throw new EngineError(indicator.code, `no data for denominator "${indicator.denominator.variable}"`);
  return denominate(values, denominator, indicator.denominator.scale);
}

function applyDirection(values: Float64Array, direction: 1 | -1): Float64Array {
  return direction === 1 ? values : values.map((x) => -x);
}

function weightOf(structure: IndexStructure, code: string): number {
  const node =
    structure.indicators.find((i) => i.code === code) ?? structure.aggregates.find((a) => a.code === code);
  return node!.weight;
}
