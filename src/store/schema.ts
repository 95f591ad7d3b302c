// The tables as Kysely sees them: one interface per table, column names as in the database.
import type { Generated } from 'kysely';
import type { JobTables } from '../jobs/store/tables.js';

/** Every table of the store; the type parameter of `Kysely<Database>`. */
export interface Database extends JobTables {
  unit_sets: UnitSetTable;
  units: UnitTable;
  sources: SourceTable;
  editions: EditionTable;
  indicators: IndicatorTable;
  observed_values: ObservedValueTable;
  computations: ComputationTable;
  results: ResultTable;
  crawl_firms: CrawlFirmTable;
  crawl_coverage: CrawlCoverageTable;
  crawl_sites: CrawlSiteTable;
  crawl_frontier: CrawlFrontierTable;
  crawl_pages: CrawlPageTable;
  crawl_requests: CrawlRequestTable;
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
  /** The import that wrote the value (migration 008); null, like the four after it, if no import wrote it. */
  import_id: number | null;
  /** Where the import found the value: column name (text files) or letter (spreadsheets). */
  column_name: string | null;
  /** The region key as the file wrote it, before normalisation. */
  region_key: string | null;
  /** The source's quality flag (e.g. GENESIS `p` provisional). */
  quality: string | null;
  /** How the value was derived: district allocation, crosswalk, unit conversion. */
  note: string | null;
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

// Migration 004 (crawl firms): the firm list with crawl status and classification, and coverage per unit.

export interface CrawlFirmTable {
  firm_id: string;
  name: string;
  url: string | null;
  url_given: string | null;
  site_key: string | null;
  duplicate_of: string | null;
  ags: string;
  postcode: string | null;
  town: string | null;
  founded: number | null;
  wz: string | null;
  list_file: string;
  list_line: number;
  imported_at: string;
  status: string;
  pages: number;
  final_url: string | null;
  crawled_at: string | null;
  digital_score: number | null;
  ai_score: number | null;
  digital_affine: number | null;
  ai_affine: number | null;
  founded_from_site: number | null;
  evidence_json: string | null;
  classifier_version: string | null;
  classified_at: string | null;
}

export interface CrawlCoverageTable {
  edition: number;
  unit_set: string;
  unit_code: string;
  firms_listed: number;
  firms_with_website: number;
  firms_crawled: number;
  firms_classified: number;
  digital_affine: number;
  ai_affine: number;
  digital_startups: number;
  source_id: string;
  computed_at: string;
}

// Migration 005 (crawl frontier): the crawler's state per firm site, the frontier, fetched pages, the request log.

export interface CrawlSiteTable {
  firm_id: string;
  start_url: string;
  site_url: string;
  state: string;
  worker: string | null;
  renewed_ms: number | null;
  seeded: number;
  pages: number;
  requests: number;
  moved_to: string | null;
  outcome: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface CrawlFrontierTable {
  id: Generated<number>;
  firm_id: string;
  url: string;
  origin: string;
  depth: number;
  priority: number;
  state: string;
  attempts: number;
  reason: string | null;
}

export interface CrawlPageTable {
  id: Generated<number>;
  firm_id: string;
  url: string;
  final_url: string;
  http_status: number | null;
  content_type: string | null;
  kind: string;
  bytes: number;
  truncated: number;
  charset: string | null;
  title: string | null;
  description: string | null;
  lang: string | null;
  text: string | null;
  text_chars: number;
  simhash: string | null;
  near_duplicate_of: string | null;
  depth: number;
  fetched_at: string;
}

export interface CrawlRequestTable {
  id: Generated<number>;
  firm_id: string | null;
  url: string;
  http_status: number | null;
  bytes: number;
  ms: number;
  error_kind: string | null;
  retryable: number | null;
  worker: string;
  at: string;
}
