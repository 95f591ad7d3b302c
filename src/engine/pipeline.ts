// engine: pure computation of an index from columns of numbers; no files, no database, no HTTP.
import { aggregators } from './aggregate/index.js';
import { denominate } from './denominate.js';
import { DegenerateColumnError, EngineError } from './errors.js';
import { imputers, type ImputePanel } from './impute/index.js';
import type { DataMatrix } from './matrix.js';
import { normalisers } from './normalise/index.js';
import { rankDescending } from './rank.js';
import { strategyFor } from './registry.js';
import { screeners } from './screen/index.js';
import type { ScreeningReport, TreatmentReport } from './stages.js';
import type { IndexStructure, IndicatorNode } from './structure.js';
import { treaters } from './treat/index.js';
import { Warnings } from './warnings.js';
import { weighters } from './weight/index.js';

export interface IndexResult {
  /** Units that took part (after screening), in input order. */
  units: readonly string[];
  screening: ScreeningReport & { units: readonly string[] };
  /** Indicator values after dividing by their denominators (or raw when denomination is off). */
  denominated: Map<string, Float64Array>;
  /** After imputation; `imputed` flags the cells that were filled. */
  imputed: Map<string, Float64Array>;
  imputedCells: Map<string, number[]>;
  /** After outlier treatment, with a report per indicator. */
  treated: Map<string, Float64Array>;
  treatment: TreatmentReport[];
  /** Indicator values after normalisation (direction applied). */
  normalised: Map<string, Float64Array>;
  /** The weight of every node as used in aggregation. */
  weights: Map<string, number>;
  /** Normalised indicators and every aggregate, keyed by node code. */
  scores: Map<string, Float64Array>;
  /** Descending ranks of every node's score. */
  ranks: Map<string, Float64Array>;
  warnings: { kind: string; count: number; example: string }[];
}

export interface PipelineInput extends DataMatrix {
  /** Group columns for group imputation (e.g. district), one entry per unit. */
  groups?: ReadonlyMap<string, readonly (string | null)[]>;
  /** Earlier editions of the indicators (denominated), for imputation by the latest available year. */
  panel?: ImputePanel;
}

export function computeIndex(structure: IndexStructure, input: PipelineInput): IndexResult {
  const warnings = new Warnings();
  const { pipeline } = structure;
  const indicatorCodes = structure.indicators.map((i) => i.code);
  for (const code of indicatorCodes) {
    if (!input.columns.has(code)) throw new EngineError(code, 'no data column for this indicator');
  }
  const screen = strategyFor(screeners, pipeline.screen, 'screening', 'screening');
  const screening = screen(input, indicatorCodes, pipeline.screen);
  const data = keepRows(input, screening.kept);

  const denominated = new Map<string, Float64Array>();
  for (const indicator of structure.indicators) {
    denominated.set(indicator.code, denominatedValues(indicator, data, pipeline.denominate, warnings));
  }

  const impute = strategyFor(imputers, pipeline.impute, 'imputation', 'imputation');
  const groups = data.groups ?? new Map<string, (string | null)[]>();
  const context = {
    units: data.units,
    structure,
    groups,
    warnings,
    ...(input.panel ? { panel: input.panel } : {}),
  };
  const imputed = impute(denominated, context, pipeline.impute);
  const imputedCells = filledCells(denominated, imputed);

  const treated = new Map<string, Float64Array>();
  const treatment: TreatmentReport[] = [];
  const normalised = new Map<string, Float64Array>();
  for (const indicator of structure.indicators) {
    const treatChoice = indicator.treat ?? pipeline.treat;
    const treat = strategyFor(treaters, treatChoice, indicator.code, 'treatment');
    const { values, report } = treat(imputed.get(indicator.code)!, treatChoice, indicator);
    treated.set(indicator.code, values);
    treatment.push(report);
    const normaliseChoice = indicator.normalise ?? pipeline.normalise;
    const normalise = strategyFor(normalisers, normaliseChoice, indicator.code, 'normalisation');
    const directed = applyDirection(values, indicator.direction);
    normalised.set(
      indicator.code,
      normaliseOrLeaveOut(
        () => normalise(directed, normaliseChoice, { units: data.units, indicator }),
        warnings,
        directed.length,
      ),
    );
  }

  const weigh = strategyFor(weighters, pipeline.weights, 'weights', 'weighting');
  const weights = weigh(structure, normalised, pipeline.weights);
  const scores = new Map(normalised);
  for (const node of structure.aggregates) {
    const choice = node.aggregate ?? pipeline.aggregateByLevel[node.level] ?? pipeline.aggregate;
    const aggregate = strategyFor(aggregators, choice, node.code, 'aggregation');
    const children = node.children.map((code) => scores.get(code)!);
    const childWeights = node.children.map((code) => weights.get(code) ?? 0);
    if (childWeights.reduce((a, b) => a + b, 0) <= 0)
      throw new EngineError(node.code, 'the weights of its children sum to zero');
    scores.set(
      node.code,
      aggregate(children, childWeights, choice, {
        node,
        minShare: pipeline.minShareAvailable,
        warnings,
        units: data.units,
      }),
    );
  }
  const ranks = new Map([...scores].map(([code, values]) => [code, rankDescending(values)]));
  return {
    units: data.units,
    screening: { ...screening, units: input.units },
    denominated,
    imputed,
    imputedCells,
    treated,
    treatment,
    normalised,
    weights,
    scores,
    ranks,
    warnings: warnings.list(),
  };
}

function keepRows(input: PipelineInput, kept: readonly boolean[]): PipelineInput {
  if (kept.every(Boolean)) return input;
  const pick = <T>(xs: ArrayLike<T>) => Array.from(xs).filter((_, i) => kept[i]);
  const columns = new Map([...input.columns].map(([code, col]) => [code, Float64Array.from(pick(col))]));
  const groups = input.groups && new Map([...input.groups].map(([name, g]) => [name, pick(g)]));
  return { units: pick(input.units), columns, ...(groups ? { groups } : {}) };
}

function denominatedValues(
  indicator: IndicatorNode,
  data: DataMatrix,
  enabled: boolean,
  warnings: Warnings,
): Float64Array {
  const values = data.columns.get(indicator.code)!;
  if (!enabled || !indicator.denominator) return values;
  const denominator = data.columns.get(indicator.denominator.variable);
  if (!denominator)
    throw new EngineError(indicator.code, `no data for denominator "${indicator.denominator.variable}"`);
  return denominate(values, denominator, indicator.denominator.scale, {
    indicator: indicator.code,
    units: data.units,
    warnings,
  });
}

function filledCells(
  before: Map<string, Float64Array>,
  after: Map<string, Float64Array>,
): Map<string, number[]> {
  const cells = new Map<string, number[]>();
  for (const [code, values] of before) {
    const filled = after.get(code)!;
    if (filled === values) continue;
    const indices: number[] = [];
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i]!) && !Number.isNaN(filled[i]!)) indices.push(i);
    }
    if (indices.length > 0) cells.set(code, indices);
  }
  return cells;
}

/** A column the method cannot normalise (no variation) is left out of aggregation and reported, as COINr's NaN. */
function normaliseOrLeaveOut(
  normalise: () => Float64Array,
  warnings: Warnings,
  length: number,
): Float64Array {
  try {
    return normalise();
  } catch (error) {
    if (!(error instanceof DegenerateColumnError)) throw error;
    warnings.add('indicator left out: it cannot be normalised', error.message);
    return new Float64Array(length).fill(Number.NaN);
  }
}

function applyDirection(values: Float64Array, direction: 1 | -1): Float64Array {
  return direction === 1 ? values : values.map((x) => -x);
}
