// The firm list as the crawl sees it: statuses, a validated firm, problems with the list, and the import report.

/** Where a firm's crawl stands. `no_website`: listed without a URL (counted, never crawled). */
export const FIRM_STATUSES = [
  'pending',
  'crawling',
  'done',
  'failed',
  'no_website',
  'robots_disallowed',
  'moved',
] as const;
export type FirmStatus = (typeof FIRM_STATUSES)[number];

/** Statuses of firms whose crawl is finished (nothing more to fetch). */
export const FINISHED_STATUSES: readonly FirmStatus[] = ['done', 'failed', 'robots_disallowed', 'moved'];

/** One valid row of a firm list. */
export interface FirmInput {
  firmId: string;
  name: string;
  /** The normalised URL, or null for a firm without a website. */
  url: string | null;
  /** The URL as the list wrote it. */
  urlGiven: string | null;
  /** The URL compared for duplicates: host without `www.`, path without trailing slash. */
  siteKey: string | null;
  ags: string;
  postcode: string | null;
  town: string | null;
  /** Founding year from the `founded` column (a year or a date). */
  founded: number | null;
  wz: string | null;
  /** Line of the file (CSV: the line a record ends on; XLSX: the row number). */
  line: number;
}

/** A row that cannot be imported, with the reason. */
export interface InvalidRow {
  line: number;
  field: string | null;
  reason: string;
}

/** Firms of the list that share one website (compared without `www.` and trailing slash). */
export interface DuplicateSite {
  siteKey: string;
  firms: { firmId: string; line: number }[];
}

export interface ImportFirmListOptions {
  /** Import the valid rows and report the invalid ones, instead of rejecting the whole list. */
  skipInvalid?: boolean;
  /** A table of postcodes (columns `postcode`, `ags`) for lists that give `postcode, town` instead of `ags`. */
  postcodesFile?: string;
  /** Unit set whose units are the known AGS (default `municipalities`). */
  unitSet?: string;
  /** Check and report only; write nothing. */
  dryRun?: boolean;
  /** Told how far checking the rows and storing the firms got (for a progress bar). */
  onProgress?: (phase: 'check' | 'store', done: number, total: number) => void;
}

export interface ImportFirmListReport {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: string;
  rows: number;
  /** Firms valid in the list (imported unless dry run). */
  firms: number;
  withWebsite: number;
  withoutWebsite: number;
  /** Firms new to the database, firms whose entry changed, firms unchanged. */
  inserted: number;
  updated: number;
  unchanged: number;
  /** Firms whose URL changed and whose crawl starts again. */
  recrawl: number;
  invalid: InvalidRow[];
  duplicateSites: DuplicateSite[];
  /** How the AGS of rows were found: given, by postcode, by town name. */
  agsFrom: { ags: number; postcode: number; town: number };
  dryRun: boolean;
}
