// Reading and mapping an import's table, on the main thread or on a worker thread, behind one interface.
//
// Decisions:
// - Both paths run the same pipeline (reader batches → counting → key check → mapping); the worker only
//   moves it beside the database work: the main thread chooses the mapping from the table's metadata, the
//   worker streams the mapped values (see workerReading.ts).
// - Without a choice in the request, large text tables (GENESIS, generic CSV; WORKER_MIN_BYTES and more)
//   are read on a worker when the database runs in this process (SQLite); small files and workbooks
//   (ExcelJS holds them whole anyway) stay on the main thread, where starting a thread would cost more than
//   it saves. A database server (PostgreSQL) on this machine works on the other core itself: measured on two
//   cores, the worker made its first import of 1,000,000 values slower (15–16.5 s instead of 14.2 s) and
//   its peak memory larger (up to 610 MB instead of 400 MB). DIGITALINDEX_IMPORT_WORKER=0 or 1 in
//   the environment overrides that default (e.g. to compare both paths with the benchmark).
import { stat } from 'node:fs/promises';
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import { observationBatches, type RawObservation, type TableMetadata } from '../../ingest/readers/types.js';
import type { Mapping, TableOptions } from '../../ingest/mapping/index.js';
import { checkedKeys } from './checkKeys.js';
import { mapTable, type MapContext, type MappedTable } from './mapTable.js';
import { detectFormat, openTable, type FormatName, type OpenedTable } from './openTable.js';

/** Files from this size on are read on a worker thread (when their format streams). */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/** What the main thread decided after seeing the table's metadata: the mapping and its master data. */
export interface MapPlan {
  mapping: Mapping;
  context: MapContext;
  /** Region keys inside the covered districts must be known (tables made for the index; see checkKeys.ts). */
  strict: boolean;
}

/** An opened table being read for an import. */
export interface TableReading {
  format: FormatName;
  metadata: TableMetadata;
  /** Whether a worker thread reads it. */
  inWorker: boolean;
  /**
   * Starts the mapping (once): the values in batches; `onObservations` hears the number of observations read
   * so far. The reader's and the mapping's skips are complete once the batches are through.
   */
  map(plan: MapPlan, onObservations: (total: number) => void): MappedTable;
  readerSkips(): SkipCount[];
  /** Ends the reading (early, or after the end): a worker is stopped. Harmless when called twice. */
  close(): Promise<void>;
}

export interface ReadingRequest {
  file: string;
  /** The mapping's `format`, when it declares one. */
  format: string | undefined;
  options: TableOptions | undefined;
  /** true: on a worker thread; false: on the main thread; undefined: by database, size and format. */
  worker: boolean | undefined;
  /** The database works in this process (SQLite), not in a server of its own (PostgreSQL). */
  databaseInProcess: boolean;
}

/** Opens the table on the main thread or on a worker (the worker module is loaded only when used). */
export async function openReading(request: ReadingRequest): Promise<TableReading> {
  const chosen =
    request.worker ??
    environmentChoice() ??
    (request.databaseInProcess && (await suitsWorker(request.file, request.format)));
  if (chosen) {
    const { openInWorker } = await import('./workerReading.js');
    return openInWorker(request.file, request.format, request.options);
  }
  return inThread(await openTable(request.file, request.format, request.options));
}

function environmentChoice(): boolean | undefined {
  const setting = process.env.DIGITALINDEX_IMPORT_WORKER?.trim();
  return setting === '1' ? true : setting === '0' ? false : undefined;
}

/** A large file in a format that streams; any doubt (an unreadable or unrecognised file) leaves it here. */
async function suitsWorker(file: string, format: string | undefined): Promise<boolean> {
  try {
    if ((await stat(file)).size < WORKER_MIN_BYTES) return false;
    const chosen = format ?? (await detectFormat(file));
    return chosen.startsWith('genesis') || chosen === 'csv';
  } catch {
    return false;
  }
}

function inThread(table: OpenedTable): TableReading {
  return {
    format: table.format,
    metadata: table.metadata,
    inWorker: false,
    map: (plan, onObservations) => mapOpened(table, plan, onObservations),
    readerSkips: () => table.readerSkips(),
    close: () => Promise.resolve(),
  };
}

/** The pipeline of both paths: the table's batches, counted, keys checked when strict, mapped. */
export function mapOpened(
  table: OpenedTable,
  plan: MapPlan,
  onObservations: (total: number) => void,
): MappedTable {
  const observations = counted(observationBatches(table), onObservations);
  const file = plan.context.file;
  return mapTable(
    plan.strict ? checkedKeys(file, plan.context.units, observations) : observations,
    plan.mapping,
    plan.context,
  );
}

/** The observations, counted as they stream past. */
async function* counted(
  batches: AsyncIterable<RawObservation[]>,
  onObservations: (total: number) => void,
): AsyncGenerator<RawObservation[]> {
  let total = 0;
  for await (const batch of batches) {
    total += batch.length;
    onObservations(total);
    yield batch;
  }
}
