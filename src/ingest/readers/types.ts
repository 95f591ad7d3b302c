// The common shape every table reader produces: observations in long form, located in their file.
import type { MissingReason } from '../../model/index.js';

/** One cell of a source table, before keys are normalised and variables mapped to indicators. */
export interface RawObservation {
  /** 1-based line of a text file, or 1-based row of a spreadsheet. */
  line: number;
  /** Column name (text files) or letter (spreadsheets) the value came from. */
  column: string;
  /** The region key as written in the file (e.g. "05913", "5913000", "059130000000"). */
  regionKey: string;
  regionLabel: string | null;
  /** The source's variable code (e.g. GENESIS "BEVSTD") or the column header of a wide table. */
  variable: string;
  /** Classifying attributes (e.g. { GES: "GESM" }); empty for totals. */
  attributes: Readonly<Record<string, string>>;
  /** Reference time: YYYY or YYYY-MM-DD. */
  time: string;
  value: number | null;
  /** Why there is no value (GENESIS special characters, BA suppression); null when there is a value. */
  missingReason: MissingReason | null;
  /** The cell's original text, for error messages and provenance. */
  text: string;
  unit: string | null;
  /** Quality flag of the source (e.g. GENESIS value_q "e", "p"); null when none. */
  quality: string | null;
  /** The source marks the value as confidential (non-public statistics). */
  confidential: boolean;
}

/** What a reader knows about a table from the file itself. */
export interface TableMetadata {
  format: string;
  /** e.g. GENESIS table code "12411-01-01-5". */
  tableCode: string | null;
  title: string | null;
  publisher: string | null;
  encoding: string;
}

/** A table being read: its metadata and a stream of observations (large files are not held in memory). */
export interface SourceTable {
  metadata: TableMetadata;
  observations: AsyncIterable<RawObservation>;
  /**
   * The same observations in the batches the reader makes them (a few hundred rows each), when it reads in
   * batches: cheaper for a consumer that goes through millions (no promise per row). See `observationBatches`.
   */
  batches?: AsyncIterable<RawObservation[]>;
}

/** The observations of `table` in batches: the reader's own, or up to `size` gathered from its stream. */
export async function* observationBatches(
  table: Pick<SourceTable, 'observations' | 'batches'>,
  size = 500,
): AsyncGenerator<RawObservation[]> {
  if (table.batches !== undefined) {
    yield* table.batches;
    return;
  }
  let batch: RawObservation[] = [];
  for await (const observation of table.observations) {
    batch.push(observation);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
