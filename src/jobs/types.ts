// The shapes job ads take between the readers, the import, the classifier and the indicators.

/** One job ad as a file or the job board delivers it, validated. */
export interface JobAd {
  /** The ad's own id (the job board's refnr); the same id is the same ad. */
  id: string;
  title: string;
  /** May be empty (a job-search result page has none until the ad's details are fetched). */
  description: string;
  employer: string;
  /** Five digits, or null when the ad gives none. */
  postcode: string | null;
  town: string | null;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Where the ad was found, e.g. `jobsuche` or the name of a job board. */
  source: string;
  lat: number | null;
  lon: number | null;
  /** The description is still to come from the job board's details endpoint. */
  detailsPending: boolean;
}

/** Why one record of a file is not a job ad. */
export interface AdProblem {
  /** 1-based line where the record starts. */
  line: number;
  /** The field at fault, or null for the record as a whole. */
  field: string | null;
  reason: string;
}

/** What a reader yields per record: the ad, or what is wrong with it. */
export type AdRecord = { line: number; ad: JobAd } | { line: number; problems: AdProblem[] };

export type AdFormat = 'csv' | 'json' | 'jsonl' | 'jobsuche';

/** A municipality found for an ad, and by which rule. */
export type AssignedBy = 'coordinates' | 'postcode' | 'town';
