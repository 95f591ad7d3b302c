// The tables as Kysely sees them: one interface per table, column names as in the database.
import type { Generated } from 'kysely';

/** Every table of the store; the type parameter of `Kysely<Database>`. */
export interface Database {
  unit_sets: UnitSetTable;
  units: UnitTable;
  sources: SourceTable;
  editions: EditionTable;
  indicators: IndicatorTable;
  observed_values: ObservedValueTable;
  computations: ComputationTable;
  results: ResultTable;
}

// Flags (synthetic, confidential) are integers 0/1; numbers are double precision.

export interface UnitSetTable {
  code: string;
  name_de: string;
  name_en: string;
}

export interface UnitTable {
  unit_set: string;
  code: string;
  name: string;
  type: string | null;
  district: string | null;
  population: number | null;
  area_km2: number | null;
  center_lat: number | null;
  center_lon: number | null;
  source: string;
}

export interface SourceTable {
  id: string;
  publisher: string;
  table_code: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  retrieved: string | null;
  file_name: string | null;
  file_hash: string | null;
  synthetic: number;
}

export interface EditionTable {
  year: number;
  index_id: string;
  index_version: string;
  title: string;
  spec_json: string;
  spec_hash: string;
  synthetic: number;
  created_at: string;
}

export interface IndicatorTable {
  edition: number;
  code: string;
  kind: string;
  name_de: string;
  name_en: string;
  unit_de: string | null;
  unit_en: string | null;
  direction: number | null;
  denominator: string | null;
  scale: number | null;
  parent: string | null;
  weight: number | null;
  position: number;
}

export interface ObservedValueTable {
  edition: number;
  unit_set: string;
  unit_code: string;
  variable: string;
  value: number | null;
  missing_reason: string | null;
  reference_date: string;
  source_id: string;
  row_number: number | null;
  synthetic: number;
  confidential: number;
}

export interface ComputationTable {
  id: Generated<number>;
  edition: number;
  unit_set: string;
  spec_hash: string;
  method_json: string;
  computed_at: string;
  engine_version: string;
}

export interface ResultTable {
  computation_id: number;
  edition: number;
  unit_set: string;
  unit_code: string;
  node: string;
  stage: string;
  value: number | null;
  rank: number | null;
}
