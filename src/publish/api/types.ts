// The HTTP API's response types: the contract between the server (src/publish/server) and the dashboard (web/).
//
// Rules: everything lives under `/api`; JSON; data is language-independent (texts come as `{ de, en }`, the
// client chooses); numbers are numbers, missing is `null`; every payload of an edition carries `synthetic` and,
// when synthetic, a `notice`. Confidential values are never sent (their number is `null`, their flag
// `confidential`). This file changes only additively.
//
// Served with: gzip when the client accepts it; `Cache-Control: no-cache` on API bodies (the cache is dropped on
// recompute); a Content-Security-Policy of `'self'` only, without inline scripts or styles (the dashboard sets
// styles via its stylesheet or the CSSOM, never via `style` attributes in markup); pages under /embed/ may be
// framed by other sites. Unknown `/api/...` paths answer 404 in the error shape; other paths without a file
// extension get the dashboard's index.html (deep links).

/** A text in both UI languages. */
export interface Text {
  de: string;
  en: string;
}

/** Every error: `{ error: { status, message } }` with 400 (bad parameter), 401/403 (token), 404 (unknown). */
export interface ErrorResponse {
  error: { status: number; message: string };
}

/** Carried by every payload that belongs to one edition. */
export interface EditionScoped {
  edition: number;
  /** True when the edition's values are synthetic demo data. */
  synthetic: boolean;
  /** Shown wherever the data are shown when `synthetic`; null otherwise. */
  notice: Text | null;
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions

export interface EditionSummary {
  year: number;
  title: Text;
  synthetic: boolean;
  notice: Text | null;
  /** ISO timestamp of the newest computation of any unit set; null when never computed. */
  computedAt: string | null;
  /** Unit sets with computed results, e.g. ["municipalities", "regions"]. */
  unitSets: string[];
  indexId: string;
  indexVersion: string;
}

export interface EditionsResponse {
  /** Oldest year first. */
  editions: EditionSummary[];
  /** The newest edition's year (the default everywhere); null when the database has none. */
  latest: number | null;
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/structure

export interface SourceInfo {
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  /** Geographic level of the source, e.g. "Kreis (allocated to municipalities)". */
  level: string | null;
}

export interface StructureNode {
  code: string;
  kind: 'indicator' | 'aggregate';
  /** 1 for indicators, 2 for sub-indices, 3 for the index (root). */
  level: number;
  parent: string | null;
  name_de: string;
  name_en: string;
  /** Weight relative to the siblings, as in the spec. */
  weight: number;
  /** 1: more is better, -1: less is better; null for aggregates. */
  direction: 1 | -1 | null;
  /** The indicator's unit; null for aggregates. */
  unit: Text | null;
  /** Aggregation method of an aggregate node (e.g. "arithmetic"); null for indicators. */
  aggregation: string | null;
  /** Normalisation method of an indicator (e.g. "minmax"); null for aggregates. */
  normalisation: string | null;
  /** The indicator's denominator and scale, e.g. { code: "population", scale: 100000 }; null if none. */
  denominator: { code: string; name: Text; scale: number } | null;
  source: SourceInfo | null;
}

export interface StructureResponse extends EditionScoped {
  title: Text;
  /** Code of the root node (the index). */
  root: string;
  /** Root first, then sub-indices, then indicators, each in spec order. */
  nodes: StructureNode[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/results?unitSet=municipalities|regions   (default municipalities)

/** Why an indicator value is special: filled by imputation, allocated from the district, withheld, absent. */
export type ValueFlag = 'imputed' | 'district' | 'confidential' | 'missing';

export interface ResultRow extends UnitInfo {
  /** Score of every column (normalised indicators 0–100 and aggregates). */
  scores: Record<string, number | null>;
  /** Rank of every column (1 = best; ties share the best rank). */
  ranks: Record<string, number | null>;
  /** Each indicator's value in its own unit (after its denominator); null when missing or confidential. */
  raw: Record<string, number | null>;
  /** Only indicators with something to say appear here. */
  flags: Record<string, ValueFlag>;
}

export interface ResultsResponse extends EditionScoped {
  unitSet: string;
  /** Root, sub-indices, then indicators: the keys of `scores` and `ranks`. */
  columns: string[];
  /** Indicator codes: the keys of `raw`. */
  indicators: string[];
  /** Sorted by the index rank (then code). */
  rows: ResultRow[];
  computedAt: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/units?unitSet=…  (master data, independent of editions)

export interface UnitInfo {
  code: string;
  name: string;
  /** Municipality type (e.g. "kreisfreie Stadt") or null. */
  type: string | null;
  /** District (Kreis) key or name; null for regions and kreisfreie Städte. */
  district: string | null;
  population: number | null;
  areaKm2: number | null;
  lat: number | null;
  lon: number | null;
}

export interface UnitsResponse {
  unitSet: string;
  units: UnitInfo[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/indicators/{code}?unitSet=…  (one indicator over all units; 404 for an unknown code)

export interface IndicatorUnit {
  code: string;
  name: string;
  value: number | null;
  score: number | null;
  rank: number | null;
  flag: ValueFlag | null;
}

export interface IndicatorResponse extends EditionScoped {
  unitSet: string;
  indicator: StructureNode;
  /** Median value and score over the unit set. */
  median: number | null;
  medianScore: number | null;
  /** Sorted by rank (then code). */
  units: IndicatorUnit[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/rank-stats?unitSet=…

export interface RankInterval {
  /** The rank of the published computation. */
  nominal: number | null;
  median: number | null;
  p5: number | null;
  p95: number | null;
}

export interface RankStatsUnit extends RankInterval {
  code: string;
  name: string;
}

export interface UncertaintySettings {
  runs: number;
  seed: number;
  /** Weights perturbed by ± this share (0.25 = ± 25 %). */
  weightsPerturbation: number;
  /** Whether one indicator at a time was left out in the runs. */
  excludeOne: boolean;
  /** ISO timestamp of when the runs were made. */
  computedAt: string;
}

export interface RankStatsResponse extends EditionScoped {
  unitSet: string;
  /** The node ranked (the index root). */
  node: string;
  settings: UncertaintySettings;
  /** Sorted by nominal rank. */
  units: RankStatsUnit[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/units/{code}   (municipality AGS or region code; the unit set is found from it)

export interface ProfileUnit {
  code: string;
  name: string;
  unitSet: string;
  type: string | null;
  district: string | null;
  population: number | null;
  areaKm2: number | null;
  lat: number | null;
  lon: number | null;
}

export interface ProfileIndicator {
  code: string;
  parent: string;
  /** Value in the indicator's own unit; null when missing or confidential. */
  value: number | null;
  score: number | null;
  rank: number | null;
  /** Median value and score over the unit set (the Ruhr median for municipalities). */
  median: number | null;
  medianScore: number | null;
  flag: ValueFlag | null;
}

export interface SimilarUnit {
  code: string;
  name: string;
  type: string | null;
  population: number | null;
  /** Smaller is more similar; comparable only within one response. */
  distance: number;
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
  /** Indicator values (own units); null when missing or confidential. */
  raw: Record<string, number | null>;
}

export interface StrengthOrWeakness {
  /** An indicator or sub-index code. */
  code: string;
  score: number | null;
  rank: number | null;
}

export interface NodeChange {
  node: string;
  previousScore: number | null;
  score: number | null;
  previousRank: number | null;
  rank: number | null;
  /** previousRank − rank: positive means the unit moved up. */
  rankChange: number | null;
}

export interface ProfileSource {
  /** The indicator or denominator it feeds. */
  variable: string;
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  retrieved: string | null;
  referenceDate: string | null;
}

export interface UnitProfileResponse extends EditionScoped {
  unit: ProfileUnit;
  /** Number of units in the unit set (for "rank 10 of 53"). */
  unitCount: number;
  root: string;
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
  /** The index rank's uncertainty interval; null when the uncertainty runs are not available. */
  rankInterval: (RankInterval & { settings: UncertaintySettings }) | null;
  indicators: ProfileIndicator[];
  /** How `similar` was chosen: population and type, or the analysis typology once it exists. */
  similarBy: 'population-type' | 'typology';
  /** The 5 most similar units of the same unit set, most similar first. */
  similar: SimilarUnit[];
  /** Indicators with the best ranks (up to 3), best first. */
  strengths: StrengthOrWeakness[];
  /** Indicators with the worst ranks (up to 3), worst first. */
  weaknesses: StrengthOrWeakness[];
  /** Change since the previous edition; null when there is none. */
  change: { previousEdition: number; nodes: NodeChange[] } | null;
  sources: ProfileSource[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/methodology  and  GET /api/sources

export interface MethodInfo {
  method: string;
  params: Record<string, unknown>;
}

export interface MethodologyIndicator {
  code: string;
  name: Text;
  unit: Text;
  parent: string;
  direction: 1 | -1;
  weight: number;
  /** The weight of the indicator in the index after all levels (sums to 1 over indicators). */
  effectiveWeight: number | null;
  denominator: { code: string; name: Text; scale: number } | null;
  source: SourceInfo;
  normalisation: MethodInfo;
  treatment: MethodInfo;
}

export interface MethodologyAggregate {
  code: string;
  name: Text;
  parent: string | null;
  level: number;
  weight: number;
  aggregation: MethodInfo;
}

export interface MethodologyResponse extends EditionScoped {
  title: Text;
  description: Text | null;
  indexId: string;
  indexVersion: string;
  specHash: string;
  indicators: MethodologyIndicator[];
  aggregates: MethodologyAggregate[];
  denominators: { code: string; name: Text; unit: string; source: SourceInfo }[];
  pipeline: {
    screening: MethodInfo;
    denominate: boolean;
    imputation: MethodInfo;
    treatment: MethodInfo;
    normalisation: MethodInfo;
    weights: MethodInfo;
    aggregation: MethodInfo;
    minShareAvailable: number;
  };
  /** Every edition in the database, oldest first. */
  editions: number[];
}

export interface SourceRecord {
  id: string;
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  retrieved: string | null;
  fileName: string | null;
  synthetic: boolean;
}

export interface SourcesResponse {
  sources: SourceRecord[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/geometries  (404 when none imported)  and  GET /api/editions/{year}/map.geojson?unitSet=…

export interface GeoFeature<P> {
  type: 'Feature';
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: P;
}

export interface GeometryProperties {
  code: string;
  name: string;
  unitSet: string;
}

export interface GeometriesResponse {
  type: 'FeatureCollection';
  bbox: [number, number, number, number];
  features: GeoFeature<GeometryProperties>[];
}

export interface MapProperties extends GeometryProperties {
  /** "boundary" (imported polygon) or "centre" (a point at the centre coordinates: no boundary imported). */
  geometryKind: 'boundary' | 'centre';
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
}

export interface MapResponse extends EditionScoped {
  type: 'FeatureCollection';
  features: GeoFeature<MapProperties>[];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/download/{table}.{csv|xlsx|json}
// CSV (UTF-8 with BOM, comma) and XLSX cells that begin with = + - @ are neutralised with a leading '.
// Every table has a `synthetic` column; JSON downloads are `{ edition, synthetic, notice, columns, rows }`.

export const DOWNLOAD_TABLES = ['municipalities', 'regions', 'indicators', 'rank-stats', 'sources'] as const;
export type DownloadTable = (typeof DOWNLOAD_TABLES)[number];
export const DOWNLOAD_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export interface DownloadJson extends EditionScoped {
  table: DownloadTable;
  columns: string[];
  rows: (string | number | null)[][];
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/editions/{year}/analysis/{kind}?unitSet=…  (available when src/analysis provides the kind)

export const ANALYSIS_KINDS = ['leaders', 'typology', 'spatial', 'levers', 'regions', 'movers'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export interface AnalysisResponse<T = unknown> extends EditionScoped {
  kind: AnalysisKind;
  unitSet: string;
  /** The analysis function's result as it returns it (see src/analysis). */
  result: T;
}

// ---------------------------------------------------------------------------------------------------------
// Write endpoints (404 unless the operator configured a token; 401 without, 403 with a wrong bearer token)
// POST /api/admin/recompute            body (optional JSON): { edition?: number }
// POST /api/admin/import?edition=YEAR&fileName=NAME[&replace=true]   body: the table file's bytes

export interface RecomputeResponse {
  recomputed: { edition: number; unitSet: string }[];
}

export interface ImportResponse {
  edition: number;
  fileName: string;
  counts: { new: number; changed: number; unchanged: number; skipped: number };
  /** Unit sets recomputed after the import. */
  recomputed: string[];
  /** Why the edition could not be recomputed after a committed import (e.g. a new edition lacking data); else null. */
  recomputeError: string | null;
}

// ---------------------------------------------------------------------------------------------------------
// GET /api/health

export interface HealthResponse {
  status: 'ok';
  editions: number;
}
