// The engine's view of an index: a weighted tree of nodes over indicator columns, free of any file format.

export type Direction = 1 | -1;

/** Parameters of a method, as written in a spec or on the command line. */
export type Params = Record<string, number | string | boolean | readonly string[] | readonly number[]>;

/** A method name that maps to a strategy in a registry, with its parameters. */
export interface MethodChoice {
  method: string;
  params: Params;
}

export interface IndicatorNode {
  kind: 'indicator';
  code: string;
  parent: string;
  weight: number;
  direction: Direction;
  /** Variable divided into the indicator's raw value, and the factor applied after dividing. */
  denominator: { variable: string; scale: number } | null;
  /** A target value (for distance-to-target normalisation), in the indicator's own units. */
  target: number | null;
  /** Per-indicator overrides of the pipeline's normalisation and treatment. */
  normalise: MethodChoice | null;
  treat: MethodChoice | null;
}

export interface AggregateNode {
  kind: 'aggregate';
  code: string;
  parent: string | null;
  weight: number;
  /** Level in the hierarchy: indicators are level 1, their parents level 2, and so on. */
  level: number;
  children: string[];
  /** Per-node override of the aggregation method. */
  aggregate: MethodChoice | null;
}

/** The pipeline's choices, in the order the stages run. */
export interface PipelineChoices {
  screen: MethodChoice;
  denominate: boolean;
  impute: MethodChoice;
  treat: MethodChoice;
  normalise: MethodChoice;
  weights: MethodChoice;
  aggregate: MethodChoice;
  /** Per-level aggregation overrides, keyed by level number (2 = first aggregate level). */
  aggregateByLevel: Record<number, MethodChoice>;
  /** An aggregate is computed only when at least this share of its children is available (COINr's dat_thresh). */
  minShareAvailable: number;
}

/** A resolved index: indicators in spec order, aggregates ordered so that children come before parents. */
export interface IndexStructure {
  indicators: IndicatorNode[];
  aggregates: AggregateNode[];
  root: string;
  pipeline: PipelineChoices;
}

export const NO_METHOD: MethodChoice = { method: 'none', params: {} };
