// The writes of one import, inside its transaction; nothing is written until the first value needs it.
import type { ObservedValue } from '../../model/index.js';
import type { Store } from '../../store/index.js';
import { getEdition, latestEdition, listIndicators, upsertEdition } from '../../store/editions.js';
import { StoreError } from '../../store/errors.js';
import { insertValueRows } from '../../store/insertValues.js';
import { importedValueFields, type ValueOrigin } from '../../store/values.js';
import { beginValueLoad, type EndLoad } from '../../store/bulkLoad.js';
import { recordImport, updateImportCounts, type ImportInput } from '../../store/provenance.js';
import { getSource, upsertSource } from '../../store/sources.js';
import { deleteValues, type ValueKey } from '../../store/valueChanges.js';
import type { ChangePlan } from './planChanges.js';
import type { ImportValue } from './types.js';

export interface SourceRegistration {
  id: string;
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  retrieved: string;
  fileName: string;
  fileHash: string;
}

export interface WriterContext {
  edition: number;
  source: SourceRegistration;
  log: Omit<ImportInput, 'counts' | 'edition' | 'sourceId'>;
  /**
   * The values come faster than the database stores them (the file is read on a worker thread): a load that
   * looks nothing up by key may then build PostgreSQL's primary key once at its end. Measured on two cores,
   * this paid off only then; with the reading on the main thread, the server maintains the key during the
   * COPY while it waits for the next batch anyway (13.2–13.5 s instead of 14.8 s for 1,000,000 values).
   */
  valuesOutpaceDatabase: boolean;
}

/** Values written to the database at a time (and held until then): PostgreSQL, one COPY each. */
export const WRITE_ROWS = 20_000;
/**
 * SQLite writes synchronously, one multi-row statement after the other, so large batches gain nothing
 * there; small ones leave the values short-lived, which keeps the garbage collector's work small.
 */
export const SQLITE_WRITE_ROWS = 2000;

/**
 * Creates the edition when it is missing (with the spec and nodes of the latest edition), registers the
 * source unless a file with the same bytes already is, logs the import, then writes the values, each row
 * with its provenance (import, column, region key, quality, note), in batches (`WRITE_ROWS`, on SQLite
 * `SQLITE_WRITE_ROWS`) as the plans of the value stream come in. Each step happens once, on the first
 * write; an import that writes no value leaves no trace. Call `finish` at the end (it writes the last batch,
 * and on PostgreSQL puts back the keys a large load took off: the foreign keys, and the primary key when no
 * plan looked values up by key); after an error, `settle` before the rollback.
 */
export class ImportWriter {
  private importId: number | null = null;
  private pending: ImportValue[] = [];
  private endLoad: EndLoad | null = null;
  /** Whether any plan looks values up or deletes them by key (the load then keeps the primary key). */
  private keyed = false;
  /** PostgreSQL: the batch the server is still storing while the next one is read (null when none). */
  private inflight: Promise<void> | null = null;

  private readonly flushAt: number;

  constructor(
    private readonly store: Store,
    private readonly context: WriterContext,
  ) {
    this.flushAt = store.dialect === 'postgres' ? WRITE_ROWS : SQLITE_WRITE_ROWS;
  }

  get id(): number | null {
    return this.importId;
  }

  /**
   * Takes one plan: deletes the stored values being replaced at once, and queues the new and replacing
   * values, written once a batch is full.
   */
  async write(plan: ChangePlan): Promise<void> {
    const { fresh, replacing } = plan;
    this.keyed ||= plan.keyed;
    if (fresh.length === 0 && replacing.length === 0) return;
    await this.start();
    if (replacing.length > 0) {
      await deleteValues(this.store.db, this.context.edition, replacing.map(keyOf));
    }
    for (const list of [fresh, replacing]) {
      for (const value of list) {
        this.pending.push(value);
        if (this.pending.length >= this.flushAt) await this.flush();
      }
    }
  }

  /** Writes what is queued, ends a bulk load and stores the final counts; nothing when nothing was written. */
  async finish(counts: ImportInput['counts']): Promise<void> {
    if (this.importId === null) return;
    await this.flush();
    await this.settle();
    await this.endLoad?.();
    this.endLoad = null;
    await updateImportCounts(this.store.db, this.importId, counts);
  }

  /**
   * Waits for the batch still being stored (PostgreSQL) and rethrows its error. Call it before rolling back
   * after an error elsewhere, so that the rollback does not overtake the write.
   */
  async settle(): Promise<void> {
    const inflight = this.inflight;
    this.inflight = null;
    if (inflight) await inflight;
  }

  /**
   * Hands the queued values to the database. On PostgreSQL the COPY of a batch runs while the next batch is
   * read and mapped (the server works while this process parses; the connection keeps the order, and the
   * next flush or `finish` waits for it); SQLite writes synchronously anyway.
   */
  private async flush(): Promise<void> {
    const values = this.pending;
    if (values.length === 0) return;
    this.pending = [];
    await this.settle();
    const write = this.writeBatch(values);
    if (this.store.dialect !== 'postgres') return write;
    // Handled here so that a failure is not unhandled while it waits; `settle` rethrows it.
    write.catch(() => undefined);
    this.inflight = write;
  }

  private async writeBatch(values: readonly ImportValue[]): Promise<void> {
    // A full first batch announces a large load: let the store prepare for it (PostgreSQL foreign keys, and
    // the primary key when nothing is looked up or deleted by key).
    this.endLoad ??= await beginValueLoad(this.store, values.length >= WRITE_ROWS ? WRITE_ROWS : 0, {
      keyFree: !this.keyed && this.context.valuesOutpaceDatabase,
    });
    const importId = this.importId!;
    const { edition, source } = this.context;
    // Edition, source and import are the same for every value; so is the unit set of a mapping's values.
    const oneUnitSet = values.every((v) => v.unitSet === values[0]!.unitSet);
    await insertValueRows(
      this.store,
      [values.map((v) => importedValueFields(observed(edition, source.id, v), originOf(importId, v)))],
      oneUnitSet
        ? ['edition', 'unit_set', 'source_id', 'synthetic', 'import_id']
        : ['edition', 'source_id', 'synthetic', 'import_id'],
    );
  }

  private async start(): Promise<number> {
    if (this.importId !== null) return this.importId;
    const db = this.store.db;
    const { edition, source, log } = this.context;
    await ensureEdition(this.store, edition);
    if (!(await getSource(db, source.id))) await upsertSource(db, { ...source, synthetic: false });
    this.importId = await recordImport(db, {
      ...log,
      edition,
      sourceId: source.id,
      counts: { new: 0, changed: 0, unchanged: 0, skipped: 0 },
    });
    return this.importId;
  }
}

/** Whether `edition` exists; when not, the edition it would be created from (the latest one). */
export async function editionPlan(
  store: Store,
  edition: number,
): Promise<{ exists: boolean; template: number | null }> {
  if (await getEdition(store.db, edition)) return { exists: true, template: null };
  const latest = await latestEdition(store.db);
  if (!latest) {
    throw new StoreError(
      'the database holds no edition, so there is no spec or master data to import into (run `digitalindex run` first)',
    );
  }
  return { exists: false, template: latest.year };
}

async function ensureEdition(store: Store, edition: number): Promise<void> {
  const plan = await editionPlan(store, edition);
  if (plan.exists || plan.template === null) return;
  const template = (await getEdition(store.db, plan.template))!;
  await upsertEdition(
    store.db,
    { ...template, year: edition, synthetic: false },
    await listIndicators(store.db, plan.template),
  );
}

function keyOf(v: ImportValue): ValueKey {
  return { unitSet: v.unitSet, unitCode: v.unitCode, variable: v.variable };
}

function observed(edition: number, sourceId: string, v: ImportValue): ObservedValue {
  return {
    edition,
    unitSet: v.unitSet,
    unitCode: v.unitCode,
    variable: v.variable,
    value: v.value,
    missingReason: v.missingReason,
    referenceDate: v.referenceDate,
    sourceId,
    row: v.line,
    synthetic: false,
    confidential: v.confidential,
  };
}

function originOf(importId: number, v: ImportValue): ValueOrigin {
  return { importId, column: v.column, regionKey: v.regionKey, quality: v.quality, note: v.note };
}
