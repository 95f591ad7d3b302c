// Imports one table file into an edition: read, map, compare with the stored values, then write in one transaction.
//
// Decisions:
// - The file's reader comes from the mapping's `format`, else from the file's first bytes and name.
// - Without a mapping file, the spec of the edition maps the file when one of its indicators or denominators
//   declares the file's table and value variable (`source.table`, `source.variable`).
// - A missing edition is created with the spec and nodes of the latest edition in the database; a database
//   without any edition is an error (`digitalindex run` loads master data and the spec first).
// - A stored value that differs (value, missing reason, confidentiality or reference date) is a conflict:
//   the import aborts with every conflict counted unless `replace` is set. Equal values are left as they are,
//   with the provenance of the file that first delivered them. An import that changes nothing writes nothing.
// - The source is registered under its content hash: the same bytes are the same source, whatever the name.
// - Streaming: reader batches → key normalisation → mapping → comparison with the stored values (per batch,
//   through the primary key; skipped when the edition holds nothing of the mapped variables yet) → batched
//   inserts, all inside the one transaction, so memory does not grow with the file (a few bytes per value to
//   find a repeated unit). A bad row, a conflict (without `replace`) or any error rolls everything back;
//   writing stops at the first conflict while counting goes on, and the report keeps the first 20 conflicts
//   and examples, in file order. District allocation and crosswalks need every row first: their values (a
//   district table is small) come at the end.
// - Reading and mapping a large text table runs on a worker thread beside the database work of the main
//   thread when the database is SQLite (import/tableReading.ts); `worker` in the request forces either path.
//   Both give the same values, reports and errors.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { IngestError } from '../ingest/errors.js';
import { readAhead } from '../parallel/inOrder.js';
import {
  loadMappingFile,
  type LoadedMapping,
  type Mapping,
  type TableOptions,
} from '../ingest/mapping/index.js';
import type { AllocationKey } from '../ingest/allocate/index.js';
import { WITHHELD_LABEL } from '../publish/confidential.js';
import { specSchema, type IndexSpec } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { listUnits, listUnitSets } from '../store/units.js';
import { listValues } from '../store/values.js';
import { checkMappingForSpec, lineOf } from './import/checkMapping.js';
import { checkValues } from './import/checkValues.js';
import { fileFacts, sourceIdOf, type FileFacts } from './import/fileFacts.js';
import { FORMATS, isFormat } from './import/openTable.js';
import { ChangePlanner } from './import/planChanges.js';
import { specMapping } from './import/specMapping.js';
import { openReading, type TableReading } from './import/tableReading.js';
import { ImportTally } from './import/tally.js';
import type { ImportReport, ValueChange } from './import/types.js';
import { editionPlan, ImportWriter, type SourceRegistration } from './import/writer.js';

export type { ImportReport } from './import/types.js';

export interface ImportRequest {
  file: string;
  edition: number;
  mappingFile?: string;
  dryRun?: boolean;
  replace?: boolean;
  /** Retrieval date YYYY-MM-DD; default the file's modification date. */
  retrieved?: string;
  /** Told the number of rows (observations) read so far, batch by batch (for a progress display). */
  onRows?: (rows: number) => void;
  /**
   * Read and map the table on a worker thread (true) or on the main thread (false); default: a worker for
   * large GENESIS and CSV files on SQLite (see import/tableReading.ts).
   */
  worker?: boolean;
}

/** Stored values differ from the file's: nothing was written. Carries the full report. */
export class ImportConflictError extends IngestError {
  constructor(readonly report: ImportReport) {
    const first = report.conflicts[0]!;
    const count = report.counts.changed;
    super(
      report.file,
      first.line,
      first.column,
      `${count} value${count === 1 ? '' : 's'} differ${count === 1 ? 's' : ''} from the stored one${count === 1 ? '' : 's'} ` +
        `of edition ${report.edition} (first: ${first.unitCode} ${first.variable}, ` +
        `stored ${show(first.before, first.beforeReason, first.confidential)}, ` +
        `file ${show(first.after, first.afterReason, first.confidential)}); nothing was imported, --replace replaces them`,
    );
    this.name = 'ImportConflictError';
  }
}

export async function importTable(store: Store, request: ImportRequest): Promise<ImportReport> {
  const started = performance.now();
  const facts = await fileFacts(request.file, request.retrieved);
  const plan = await editionPlan(store, request.edition);
  const spec = await specOf(store, plan.exists ? request.edition : plan.template!);
  const loaded = request.mappingFile === undefined ? null : loadMappingFile(request.mappingFile);
  if (loaded?.mapping.format !== undefined && !isFormat(loaded.mapping.format)) {
    throw new IngestError(
      loaded.file,
      lineOf(loaded.file, ['format']),
      'format',
      `unknown format "${loaded.mapping.format}" (known: ${FORMATS.join(', ')})`,
    );
  }
  const table = await openReading({
    file: request.file,
    format: loaded?.mapping.format,
    options: loaded ? tableOptions(loaded.mapping) : undefined,
    worker: request.worker,
    databaseInProcess: store.dialect === 'sqlite',
  });
  try {
    return await importOpened(store, request, started, facts, plan, spec, loaded, table);
  } finally {
    // Ends a worker still reading when the import stops early (a bad value, a conflict, a failed write).
    await table.close();
  }
}

async function importOpened(
  store: Store,
  request: ImportRequest,
  started: number,
  facts: FileFacts,
  plan: Awaited<ReturnType<typeof editionPlan>>,
  spec: IndexSpec,
  loaded: LoadedMapping | null,
  table: TableReading,
): Promise<ImportReport> {
  const mapping = loaded?.mapping ?? specMapping(spec, table.metadata, request.file, facts.name);
  checkMappingForSpec(mapping, spec, loaded?.file ?? null, request.edition);
  const units = await listUnits(store.db, mapping.unitSet);
  if (units.length === 0) {
    const known = (await listUnitSets(store.db)).map((u) => u.code);
    throw new IngestError(
      loaded?.file ?? request.file,
      loaded ? lineOf(loaded.file, ['unitSet']) : null,
      'unitSet',
      `unit set "${mapping.unitSet}" has no units in the database (known: ${known.join(', ') || 'none'})`,
    );
  }
  const tally = new ImportTally();
  const strict =
    (table.format === 'csv' || table.format === 'xlsx') &&
    !loaded?.crosswalkFile &&
    mapping.values.every((v) => (v.level ?? mapping.level) === 'municipality');
  const context = {
    edition: request.edition,
    file: request.file,
    mappingFile: loaded?.file ?? null,
    crosswalkFile: loaded?.crosswalkFile ?? null,
    units,
    keys: await allocationKeys(store, request.edition, mapping),
  };
  const mapped = table.map({ mapping, context, strict }, (observations) => {
    tally.observations = observations;
    request.onRows?.(observations);
  });
  const source = sourceOf(facts, table, mapping);
  const targets = mapping.values.map((v) => v.target);
  const planner = new ChangePlanner(tally, {
    file: request.file,
    edition: request.edition,
    replace: Boolean(request.replace),
    unitSet: mapping.unitSet,
    variables: [...new Set(targets)],
    targetsRepeat: new Set(targets).size < targets.length,
  });
  const report = (applied: boolean, importId: number | null) =>
    buildReport(request, facts, table, loaded, source, tally, !plan.exists, applied, importId, started);

  /**
   * Streams the mapped values through the checks and the comparison with the stored values into `writer`
   * (none in a dry run). Writing stops at the first conflict (without --replace), counting goes on.
   */
  const stream = async (target: Store, writer: ImportWriter | null): Promise<void> => {
    let values = 0;
    // The next batch is read while this one is compared and written (PostgreSQL works on its own core).
    for await (const batch of readAhead(mapped.batches)) {
      values += batch.length;
      checkValues(request.file, spec, batch);
      const changes = await planner.plan(target, batch);
      if (writer && (request.replace || tally.conflictCount === 0)) await writer.write(changes);
    }
    tally.addSkipCounts(table.readerSkips());
    tally.addSkipCounts(mapped.skipped());
    if (values === 0) throw nothingMapped(request, tally);
  };

  if (request.dryRun) {
    await stream(store, null);
    return report(false, null);
  }
  const importId = await store.transaction(async (tx) => {
    const writer = new ImportWriter(tx, {
      edition: request.edition,
      source,
      log: {
        fileName: facts.name,
        fileHash: facts.sha256,
        mappingName: loaded?.file ?? null,
        mappingHash: loaded ? sha256Text(readFileSync(loaded.file)) : null,
        format: table.format,
        replaced: Boolean(request.replace),
      },
      valuesOutpaceDatabase: table.inWorker,
    });
    try {
      await stream(tx, writer);
      if (tally.conflictCount > 0 && !request.replace) throw new ImportConflictError(report(false, null));
    } catch (error) {
      // The batch still being stored (PostgreSQL) ends before the rollback; when it failed, its error comes
      // first (its rows precede those read since).
      await writer.settle();
      throw error;
    }
    await writer.finish(tally.counts);
    return writer.id;
  });
  return report(importId !== null, importId);
}

/** The mapping's reader options; a wide table's value columns are, unless it says otherwise, the variables it maps. */
function tableOptions(mapping: Mapping): TableOptions {
  const options = mapping.table;
  if (options.valueColumns !== undefined || options.variableColumn !== undefined) return options;
  return { ...options, valueColumns: [...new Set(mapping.values.map((v) => v.variable))] };
}

async function specOf(store: Store, year: number): Promise<IndexSpec> {
  const edition = await getEdition(store.db, year);
  return specSchema.parse(JSON.parse(edition!.specJson));
}

/** The stored population and employees of the edition, for allocating district values. */
async function allocationKeys(
  store: Store,
  edition: number,
  mapping: Mapping,
): Promise<Partial<Record<AllocationKey, ReadonlyMap<string, number>>>> {
  const needed = new Set<AllocationKey>();
  for (const entry of mapping.values) {
    const allocation = entry.allocation ?? mapping.allocation;
    if (
      (entry.level ?? mapping.level) === 'district' &&
      (allocation === 'population' || allocation === 'employees')
    ) {
      needed.add(allocation);
    }
  }
  if (needed.size === 0) return {};
  const values = await listValues(store.db, { edition, unitSet: mapping.unitSet });
  const keys: Partial<Record<AllocationKey, ReadonlyMap<string, number>>> = {};
  for (const key of needed) {
    const map = new Map<string, number>();
    for (const v of values) if (v.variable === key && v.value !== null) map.set(v.unitCode, v.value);
    if (map.size > 0) keys[key] = map;
  }
  return keys;
}

function sourceOf(facts: FileFacts, table: TableReading, mapping: Mapping): SourceRegistration {
  const declared = mapping.source;
  return {
    id: sourceIdOf(facts.sha256),
    publisher: declared.publisher,
    table: declared.table ?? table.metadata.tableCode,
    title: declared.title ?? table.metadata.title,
    licence: declared.licence ?? null,
    url: declared.url ?? null,
    retrieved: facts.retrieved,
    fileName: facts.name,
    fileHash: facts.sha256,
  };
}

function buildReport(
  request: ImportRequest,
  facts: FileFacts,
  table: TableReading,
  loaded: LoadedMapping | null,
  source: SourceRegistration,
  tally: ImportTally,
  editionMissing: boolean,
  applied: boolean,
  importId: number | null,
  started: number,
): ImportReport {
  return {
    file: request.file,
    fileName: facts.name,
    fileHash: facts.sha256,
    format: table.format,
    encoding: table.metadata.encoding,
    mapping: loaded?.file ?? null,
    edition: request.edition,
    editionCreated: editionMissing && tally.counts.new > 0,
    dryRun: Boolean(request.dryRun),
    replace: Boolean(request.replace),
    applied,
    source: {
      id: source.id,
      publisher: source.publisher,
      table: source.table,
      title: source.title,
      licence: source.licence,
      url: source.url,
      retrieved: source.retrieved,
    },
    counts: { observations: tally.observations, values: tally.values, ...tally.counts },
    variables: tally.variableCounts(),
    skipped: tally.skipReasons(),
    examples: tally.examples.map(withheld),
    conflicts: request.replace ? [] : tally.conflicts.map(withheld),
    importId,
    seconds: (performance.now() - started) / 1000,
  };
}

/** A file of which no value reaches the edition is a mistake (wrong mapping, edition or time), not a no-op. */
function nothingMapped(request: ImportRequest, tally: ImportTally): IngestError {
  const top = tally.skipReasons()[0];
  const example = top?.examples[0];
  return new IngestError(
    request.file,
    example?.line ?? null,
    example?.column ?? null,
    (tally.observations === 0
      ? 'the table has no data rows below its header'
      : `no value for edition ${request.edition}: ${tally.observations} observations read`) +
      (top ? `, ${tally.counts.skipped} skipped (most: ${top.count} × ${top.reason})` : ''),
  );
}

function sha256Text(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function show(value: number | null, reason: string | null, confidential: boolean): string {
  if (confidential) return WITHHELD_LABEL.de;
  return value === null ? `no value (${reason ?? 'absent'})` : String(value);
}

/** The report never carries the numbers of confidential values (only `explain --internal` shows them). */
function withheld(change: ValueChange): ValueChange {
  return change.confidential ? { ...change, before: null, after: null } : change;
}
