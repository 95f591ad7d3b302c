// The signatures of the pipeline's strategies; each stage has a registry of them in its folder.
import type { ImputePanel } from './impute/index.js';
import type { DataMatrix } from './matrix.js';
import type { AggregateNode, IndexStructure, IndicatorNode, MethodChoice } from './structure.js';
import type { Warnings } from './warnings.js';

export interface ScreeningReport {
  /** Per unit: kept in the computation. */
  kept: boolean[];
  /** Per unit: share of indicators with data (before imputation). */
  coverage: number[];
  excluded: { unit: string; reason: string }[];
}

/** Decides which units take part; gets the raw indicator columns. */
export type Screener = (
  data: DataMatrix,
  indicators: readonly string[],
  choice: MethodChoice,
) => ScreeningReport;

export interface ImputeContext {
  units: readonly string[];
  structure: IndexStructure;
  /** Group columns of the units (e.g. district, size class), keyed by group name. */
  groups: ReadonlyMap<string, readonly (string | null)[]>;
  /** Earlier editions, for imputation by the latest available year. */
  panel?: ImputePanel;
  warnings: Warnings;
}

/** Fills missing values of indicator columns; returns new columns (inputs are not changed). */
export type Imputer = (
  columns: ReadonlyMap<string, Float64Array>,
  context: ImputeContext,
  choice: MethodChoice,
) => Map<string, Float64Array>;

export interface TreatmentReport {
  indicator: string;
  method: string;
  /** Indices of units whose value was changed. */
  changed: number[];
  note: string;
}

/** Treats outliers of one indicator column. */
export type Treater = (
  values: Float64Array,
  choice: MethodChoice,
  indicator: IndicatorNode,
) => { values: Float64Array; report: TreatmentReport };

export interface NormaliseContext {
  units: readonly string[];
  indicator: IndicatorNode;
}

/** Normalises one indicator column (direction already applied). */
export type Normaliser = (
  values: Float64Array,
  choice: MethodChoice,
  context: NormaliseContext,
) => Float64Array;

/** Derives the weights of every node (code → weight) from the normalised data. */
export type Weighter = (
  structure: IndexStructure,
  normalised: ReadonlyMap<string, Float64Array>,
  choice: MethodChoice,
) => Map<string, number>;

/** Aggregates the children's columns of one node into one column. */
export type Aggregator = (
  columns: readonly Float64Array[],
  weights: readonly number[],
  choice: MethodChoice,
  context: { node: AggregateNode; minShare: number; warnings: Warnings; units?: readonly string[] },
) => Float64Array;
