// The job tables of migration 006 as Kysely sees them (part of the store's `Database`).
import type { Generated } from 'kysely';

export interface JobTables {
  job_imports: JobImportTable;
  job_ads: JobAdTable;
  job_postcodes: JobPostcodeTable;
  job_fetch_runs: JobFetchRunTable;
  job_responses: JobResponseTable;
}

export interface JobImportTable {
  id: Generated<number>;
  file_name: string;
  file_hash: string;
  format: string;
  imported_at: string;
  ads_read: number;
  ads_new: number;
  known_ids: number;
  near_duplicates: number;
  unassigned: number;
}

export interface JobAdTable {
  id: string;
  source: string;
  title: string;
  description: string;
  employer: string;
  postcode: string | null;
  town: string | null;
  posted: string;
  lat: number | null;
  lon: number | null;
  dedup_key: string | null;
  duplicate_of: string | null;
  import_id: number | null;
  line: number | null;
  unit_set: string | null;
  ags: string | null;
  assigned_by: string | null;
  details_pending: Generated<number>;
  ai_skill: number | null;
  score: number | null;
  evidence: string | null;
  classifier_version: string | null;
}

export interface JobPostcodeTable {
  postcode: string;
  ags: string;
  file_name: string;
}

export interface JobFetchRunTable {
  id: Generated<number>;
  base_url: string;
  params: string;
  started_at: string;
  finished_at: string | null;
  pages_done: number;
  total: number | null;
  status: string;
}

export interface JobResponseTable {
  id: Generated<number>;
  run_id: number;
  kind: string;
  page: number | null;
  refnr: string | null;
  url: string;
  status: number;
  fetched_at: string;
  sha256: string;
  body: string;
}
