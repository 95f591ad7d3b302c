// The shapes an import passes along: mapped values ready to store, skipped rows, and the report it ends with.
import type { MissingReason } from '../../model/index.js';

/** One value ready to be stored: keys normalised, variable mapped, district values allocated, units converted. */
export interface ImportValue {
  kind: 'value';
  unitSet: string;
  unitCode: string;
  /** The indicator or denominator code. */
  variable: string;
  value: number | null;
  missingReason: MissingReason | null;
  referenceDate: string;
  /** Where the value was read: 1-based line or row, column name or letter, and the cell's text. */
  line: number;
  column: string;
  text: string;
  /** The region key as the file wrote it, when known. */
  regionKey: string | null;
  quality: string | null;
  confidential: boolean;
  /** District allocation, crosswalk, unit conversion; null when the value was taken as it is. */
  note: string | null;
}

/** A row (or cell) the import leaves out on purpose, with the reason (e.g. a region outside the master data). */
export interface SkippedRow {
  kind: 'skipped';
  line: number;
  column: string | null;
  variable: string;
  /** The reason, short and the same for every row it applies to (it groups the report). */
  reason: string;
  /** The row's own detail (the key, the attribute), for the examples. */
  detail: string;
}

export type ImportItem = ImportValue | SkippedRow;

export type ChangeKind = 'new' | 'changed' | 'unchanged';

export interface ValueChange {
  kind: ChangeKind;
  unitSet: string;
  unitCode: string;
  variable: string;
  line: number;
  column: string;
  /** The stored value before (null when new). */
  before: number | null;
  beforeReason: string | null;
  after: number | null;
  afterReason: string | null;
  /** Either side is confidential: reports show neither number. */
  confidential: boolean;
}

export interface VariableCounts {
  variable: string;
  new: number;
  changed: number;
  unchanged: number;
}

export interface SkipReason {
  reason: string;
  count: number;
  examples: { line: number; column: string | null; detail: string }[];
}

/** What an import found and did. */
export interface ImportReport {
  file: string;
  fileName: string;
  fileHash: string;
  format: string;
  encoding: string;
  mapping: string | null;
  edition: number;
  /** The edition is not in the database yet: created by this import (or it would be, in a dry run). */
  editionCreated: boolean;
  dryRun: boolean;
  replace: boolean;
  /** The transaction was committed (false in a dry run, when nothing changed, and on conflicts). */
  applied: boolean;
  source: {
    id: string;
    publisher: string;
    table: string | null;
    title: string | null;
    licence: string | null;
    url: string | null;
    retrieved: string;
  };
  counts: {
    observations: number;
    values: number;
    new: number;
    changed: number;
    unchanged: number;
    skipped: number;
  };
  variables: VariableCounts[];
  skipped: SkipReason[];
  /** The first new and changed values, for the printed summary (all are counted). */
  examples: ValueChange[];
  /** Changed values that were not replaced (no --replace): the import aborts when there is any. */
  conflicts: ValueChange[];
  importId: number | null;
  seconds: number;
}
