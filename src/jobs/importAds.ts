// `jobs import`: reads a file of ads, rejects it whole on any malformed record, else stores it in one transaction.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { IngestError } from '../ingest/errors.js';
import { basename } from 'node:path';
import type { Store } from '../store/index.js';
import { readPostcodeTable } from './assign/postcodes.js';
import { DEFAULT_DUPLICATE_DAYS } from './dedup.js';
import { AdFileError } from './errors.js';
import { AdIngest, type IngestCounts, type LocatedAd } from './ingest.js';
import { openAds } from './read/index.js';
import { finishJobImport, insertJobImport } from './store/ads.js';
import { loadAssignmentContext, replacePostcodes } from './store/context.js';
import type { AdFormat, AdProblem } from './types.js';

/** Records handed to the database at a time. */
export const IMPORT_BATCH = 500;
/** Problems kept for the message (all are counted). */
const KEPT_PROBLEMS = 100;

export interface ImportAdsOptions {
  unitSet?: string;
  /** A postcode table (postcode, ags) to store and use from now on. */
  postcodesFile?: string;
  duplicateDays?: number;
  /** Called after each batch with the records read so far. */
  onProgress?: (records: number) => void;
}

export interface ImportAdsReport extends IngestCounts {
  file: string;
  fileName: string;
  fileHash: string;
  format: AdFormat;
  importId: number;
  unitSet: string;
  unitsFrom: string;
  boundaries: number;
  postcodeRows: number;
  duplicateDays: number;
  seconds: number;
}

/**
 * Streams the file's records; while every record is valid, stores them batch by batch inside one
 * transaction. The first malformed record stops the writing but not the reading, so that the error lists
 * every problem of the file with its line; then the transaction rolls back and nothing is stored.
 */
export async function importAds(
  store: Store,
  file: string,
  options: ImportAdsOptions = {},
): Promise<ImportAdsReport> {
  const started = performance.now();
  const unitSet = options.unitSet ?? 'municipalities';
  const duplicateDays = options.duplicateDays ?? DEFAULT_DUPLICATE_DAYS;
  for (const f of [file, options.postcodesFile]) {
    if (f !== undefined && !existsSync(f)) throw new IngestError(f, null, null, 'no such file');
  }
  const postcodes = options.postcodesFile === undefined ? null : readPostcodeTable(options.postcodesFile);
  const fileHash = await sha256File(file);
  const opened = openAds(file);

  return store.transaction(async (tx) => {
    if (postcodes) await replacePostcodes(tx.db, postcodes, basename(options.postcodesFile!));
    const context = await loadAssignmentContext(tx.db, unitSet);
    const importId = await insertJobImport(tx.db, {
      fileName: basename(file),
      fileHash,
      format: opened.format,
    });
    const ingest = new AdIngest(tx.db, context, importId, duplicateDays);
    const problems: AdProblem[] = [];
    let problemCount = 0;
    let records = 0;
    let batch: LocatedAd[] = [];
    for await (const record of opened.records) {
      records++;
      if ('problems' in record) {
        problemCount += record.problems.length;
        for (const p of record.problems) if (problems.length < KEPT_PROBLEMS) problems.push(p);
        batch = [];
        continue;
      }
      if (problemCount > 0) continue;
      batch.push({ ad: record.ad, line: record.line });
      if (batch.length === IMPORT_BATCH) {
        await ingest.add(batch);
        batch = [];
        options.onProgress?.(records);
      }
    }
    if (problemCount > 0) throw new AdFileError(file, problems, problemCount);
    if (batch.length > 0) await ingest.add(batch);
    options.onProgress?.(records);
    await finishJobImport(tx.db, importId, {
      read: ingest.counts.read,
      new: ingest.counts.new,
      knownIds: ingest.counts.knownIds + ingest.counts.repeatedIds,
      nearDuplicates: ingest.counts.nearDuplicates,
      unassigned: ingest.counts.unassigned,
    });
    return {
      file,
      fileName: basename(file),
      fileHash,
      format: opened.format,
      importId,
      unitSet,
      unitsFrom: context.unitsFrom,
      boundaries: context.boundaries,
      postcodeRows: context.postcodeRows,
      duplicateDays,
      ...ingest.counts,
      seconds: (performance.now() - started) / 1000,
    };
  });
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
