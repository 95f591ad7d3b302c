// The engine's view of an index: a weighted tree of nodes over indicator columns, free of any file format.

export type Direction = 1 | -1;

export interface NormaliseChoice {
  method: string;
  params: Record<string, number | string>;
}

export interface AggregateChoice {
  method: string;
  params: Record<string, number | string>;
}

export interface IndicatorNode {
  kind: 'indicator';
  code: string;
  parent: string;
  weight: number;
  direction: Direction;
  /** Variable divided into the indicator's raw value, and the factor applied after dividing. */
  denominator: { variable: string; scale: number } | null;
}

export interface AggregateNode {
  kind: 'aggregate';
  code: string;
  parent: string | null;
  weight: number;
  /** Level in the hierarchy: indicators are level 1, their parents level 2, and so on. */
  level: number;
  children: string[];
}

/** A resolved index: indicators in spec order, aggregates ordered so that children come before parents. */
export interface IndexStructure {
  indicators: IndicatorNode[];
  aggregates: AggregateNode[];
  root: string;
  normalise: NormaliseChoice;
  aggregate: AggregateChoice;
  /** Per-level aggregation overrides, keyed by level number (2 = first aggregate level). */
  aggregateByLevel: Record<number, AggregateChoice>;
  /** An aggregate is computed only when at least this share of its children's weight is available. */
  minShareAvailable: number;
}
