// The one input every analysis takes: an edition's structure, raw columns, computed result and unit metadata.
import type { IndexResult, PipelineInput } from '../engine/pipeline.js';
import type { IndexStructure } from '../engine/structure.js';
import type { Text } from '../model/index.js';

/** A unit as the analyses need it (position in `EditionData.units` = position in the engine's columns). */
export interface AnalysisUnit {
  code: string;
  name: string;
  /** Municipality type (e.g. "kreisfreie Stadt"), null for regions. */
  type: string | null;
  district: string | null;
  population: number | null;
  areaKm2: number | null;
  lat: number | null;
  lon: number | null;
}

/** A node of the index tree with its names (indicators are the leaves). */
export interface NodeInfo {
  code: string;
  kind: 'indicator' | 'aggregate';
  parent: string | null;
  /** 1 for indicators, 2 for their parents (sub-indices), … */
  level: number;
  name: Text;
  /** The indicator's unit, e.g. "% der Haushalte"; null for aggregates. */
  unit: Text | null;
  /** The indicator's numerator variable (its raw data column), null for aggregates. */
  variable: string | null;
  /** Where the indicator's values come from (spec), null for aggregates. */
  source: { publisher: string; title: string | null; licence: string | null; url: string | null } | null;
  /** Weight in its parent, direction (indicators) and denominator with scale (indicators), from the spec. */
  weight: number;
  direction: 1 | -1 | null;
  denominator: { code: string; scale: number } | null;
}

/** Everything an analysis reads about one edition and one unit set; built by `prepareEdition`. */
export interface EditionData {
  edition: number;
  unitSet: string;
  title: Text;
  synthetic: boolean;
  structure: IndexStructure;
  /** The raw input columns (numerators and denominators) the result was computed from. */
  input: PipelineInput;
  result: IndexResult;
  /** Units in the order of `result.units`. */
  units: AnalysisUnit[];
  /** Root first, then sub-indices, then indicators, each in spec order. */
  nodes: NodeInfo[];
  /** `${unit}\t${variable}` of every confidential input value: its number is never published. */
  confidential: ReadonlySet<string>;
}

/** A reference to one number behind a statement: which node, which unit, what value, what rank. */
export interface NumberRef {
  node: string;
  unit: string | null;
  value: number | null;
  rank?: number | null;
  /** What the number is, e.g. "mean", "share", "moran_i"; defaults to the node's score or value. */
  measure?: string;
}
