// Reading on a worker thread: the same reports, stored content and errors as on the main thread, and no
// worker left running however the import ends.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { MAP_BATCH } from '../../../src/workflow/import/mapTable.js';
import { BATCHES_AHEAD } from '../../../src/workflow/import/workerProtocol.js';
import { runningReadingWorkers } from '../../../src/workflow/import/workerReading.js';
import { importTable, ImportConflictError, type ImportRequest } from '../../../src/workflow/importTable.js';
import { REAL_INPUTS } from '../../ingest/reference.js';
import { databases, type TestDatabase } from '../../store/databases.js';
import { dumpStore } from './dump.js';
import {
  FFCSV_NAME,
  loadBundle,
  populationFfcsv,
  ruhrPopulation,
  tempDir,
  writeFixture,
} from './fixtures.js';
import { addManyUnits, manyFlatFile, manyMapping, type ManyUnits } from './manyUnits.js';

const CORPUS = fileURLToPath(new URL('../../fixtures-malformed/', import.meta.url));
const REAL_FFCSV = join(REAL_INPUTS, 'genesis-ffcsv');
/** Several stores per test, each loaded with the bundle, on a shared machine. */
const SLOW = 120_000;

/** More values than the worker may post ahead, so that it has to wait for the main thread. */
const TARGETS = ['population', 'employees', 'firms'] as const;
const UNITS = Math.ceil(((BATCHES_AHEAD + 3) * MAP_BATCH) / TARGETS.length);
const ROWS = UNITS * TARGETS.length;
const MANY: ManyUnits = {
  units: UNITS,
  targets: TARGETS,
  ags: (i) => String(3_000_000 + i).padStart(8, '0'),
};

/** What an import ended with, comparable across the two paths (the duration left out). */
type Outcome =
  | { report: unknown }
  | {
      error: string;
      message: string;
      file: string;
      line: number | null;
      field: string | null;
      report?: unknown;
    };

async function outcome(store: Store, request: ImportRequest): Promise<Outcome> {
  try {
    return { report: { ...(await importTable(store, request)), seconds: 0 } };
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    return {
      error: e.constructor.name,
      message: e.message,
      file: e.file,
      line: e.line,
      field: e.field,
      ...(e instanceof ImportConflictError ? { report: { ...e.report, seconds: 0 } } : {}),
    };
  }
}

/** Runs `steps` on a fresh store once per path; gives what each path ended with and stored. */
async function bothPaths(
  database: TestDatabase,
  prepare: (store: Store) => Promise<void>,
  steps: readonly Omit<ImportRequest, 'worker'>[],
): Promise<{ worker: boolean; outcomes: Outcome[]; dump: string }[]> {
  const results = [];
  for (const worker of [false, true]) {
    const store = await openStore(await database.freshLocation());
    try {
      await loadBundle(store);
      await prepare(store);
      const outcomes: Outcome[] = [];
      for (const step of steps) outcomes.push(await outcome(store, { ...step, worker }));
      results.push({ worker, outcomes, dump: await dumpStore(store) });
    } finally {
      await store.close();
    }
  }
  expect(runningReadingWorkers()).toBe(0);
  return results;
}

function expectSame(results: Awaited<ReturnType<typeof bothPaths>>): void {
  const [main, worker] = results;
  expect(worker!.outcomes).toEqual(main!.outcomes);
  expect(firstDifference(normalised(worker!.dump), normalised(main!.dump))).toBeNull();
}

/** Where two dumps differ, shortly (a whole dump is too long to show). */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${a.slice(Math.max(0, i - 150), i + 150)} ≠ ${b.slice(Math.max(0, i - 150), i + 150)}`;
}

/** The stores differ only in the times an import was logged at. */
function normalised(dump: string): string {
  return dump.replace(/\\"(imported_at|importedAt|created_at|createdAt)\\":\\"[^"\\]*\\"/g, '"$1":"…"');
}

/** Generated municipalities (unit set `many`). */
const manyUnits = (store: Store) => addManyUnits(store, MANY);

const flatFile = (dir: string, name: string, value: (row: number) => string) =>
  manyFlatFile(MANY, dir, name, value);

const nothing = () => Promise.resolve();

for (const database of databases) {
  describe(`reading on a worker thread and on the main thread [${database.name}]`, () => {
    const dir = tempDir('worker-test-');
    afterAll(() => database.cleanup());

    it(
      'a GENESIS flat file the spec declares: dry run, import, again, conflict, replace',
      async () => {
        const file = writeFixture(dir, FFCSV_NAME, populationFfcsv(ruhrPopulation()));
        const other = writeFixture(dir, `other_${FFCSV_NAME}`, populationFfcsv(ruhrPopulation(250)));
        const base = { edition: 2026, retrieved: '2025-03-04' };
        const results = await bothPaths(database, nothing, [
          { ...base, file, dryRun: true },
          { ...base, file },
          { ...base, file },
          { ...base, file: other },
          { ...base, file: other, replace: true },
        ]);
        expectSame(results);
        const outcomes = results[1]!.outcomes;
        expect(outcomes[1]).toMatchObject({ report: { applied: true, counts: { new: 53, skipped: 109 } } });
        expect(outcomes[2]).toMatchObject({ report: { applied: false, counts: { unchanged: 53 } } });
        expect(outcomes[3]).toMatchObject({ error: 'ImportConflictError', line: 2, field: 'value' });
        expect(outcomes[4]).toMatchObject({ report: { applied: true, counts: { changed: 53 } } });
      },
      SLOW,
    );

    it(
      'a generic CSV with a mapping, and CSVs the mapping or the key check rejects',
      async () => {
        const mapping = join(CORPUS, 'ki.yaml');
        const results = await bothPaths(database, nothing, [
          { file: join(CORPUS, 'good.csv'), mappingFile: mapping, edition: 2026, retrieved: '2025-03-04' },
          { file: join(CORPUS, 'good.csv'), mappingFile: mapping, edition: 2025, retrieved: '2025-03-04' },
          { file: join(CORPUS, 'unknown-ags.csv'), mappingFile: mapping, edition: 2026 },
          { file: join(CORPUS, 'duplicate-keys.csv'), mappingFile: mapping, edition: 2026 },
          {
            file: join(CORPUS, 'good.csv'),
            mappingFile: join(CORPUS, 'crosswalk-bad-weights.yaml'),
            edition: 2026,
          },
        ]);
        expectSame(results);
        const [imported, conflict, unknown] = results[1]!.outcomes;
        expect(imported).toMatchObject({ report: { format: 'csv', counts: { new: 3 } } });
        expect(conflict).toMatchObject({ error: 'ImportConflictError' });
        expect(unknown).toMatchObject({ error: 'IngestError', line: 3, field: null });
      },
      SLOW,
    );

    it(
      'a file of several batches, more than the worker may post ahead; then the same again and conflicts',
      async () => {
        const mappingFile = manyMapping(MANY, dir);
        const first = flatFile(dir, 'many.csv', (row) => String(row));
        const other = flatFile(dir, 'many-other.csv', (row) => (row % 5 === 0 ? `${row},5` : String(row)));
        const base = { edition: 2026, mappingFile, retrieved: '2025-03-04' };
        const results = await bothPaths(database, manyUnits, [
          { ...base, file: first },
          { ...base, file: first },
          { ...base, file: other },
        ]);
        expectSame(results);
        const [imported, again, conflict] = results[1]!.outcomes;
        expect(imported).toMatchObject({ report: { counts: { observations: ROWS, new: ROWS } } });
        expect(again).toMatchObject({ report: { counts: { unchanged: ROWS } } });
        expect(conflict).toMatchObject({
          error: 'ImportConflictError',
          report: { counts: { changed: Math.ceil(ROWS / 5) } },
        });
      },
      SLOW,
    );

    it(
      'tells the progress as on the main thread: rising counts of observations, the last one all of them',
      async () => {
        const mappingFile = manyMapping(MANY, dir);
        const file = flatFile(dir, 'progress.csv', (row) => String(row));
        const store = await openStore(await database.freshLocation());
        try {
          await loadBundle(store);
          await manyUnits(store);
          for (const worker of [false, true]) {
            const rows: number[] = [];
            const report = await importTable(store, {
              edition: 2026,
              mappingFile,
              file,
              worker,
              dryRun: true,
              onRows: (n) => rows.push(n),
            });
            expect(report.counts.observations).toBe(ROWS);
            expect(rows.length).toBeGreaterThan(2);
            expect(rows.at(-1)).toBe(ROWS);
            expect(rows.every((n, i) => i === 0 || n > rows[i - 1]!)).toBe(true);
          }
        } finally {
          await store.close();
        }
      },
      SLOW,
    );

    it(
      'an error in the worker (a bad cell in the last row) arrives as an IngestError with file and line',
      async () => {
        const mappingFile = manyMapping(MANY, dir);
        const bad = flatFile(dir, 'bad-last.csv', (row) => (row === ROWS - 1 ? 'zwölf' : String(row)));
        const results = await bothPaths(database, manyUnits, [{ edition: 2026, mappingFile, file: bad }]);
        expectSame(results);
        expect(results[1]!.outcomes[0]).toEqual({
          error: 'IngestError',
          message: `${bad}:${ROWS + 1}: field "value": "zwölf" is not a number`,
          file: bad,
          line: ROWS + 1,
          field: 'value',
        });
        // Nothing of the batches written before the error is left.
        expect(results[1]!.dump).not.toContain('\\"unit_code\\":\\"03000000\\"');
      },
      SLOW,
    );

    it(
      'an import that ends early on the main thread (a negative count) ends the worker reading ahead',
      async () => {
        const mappingFile = manyMapping(MANY, dir);
        // Row MAP_BATCH + 1 (0-based: MAP_BATCH) is in the second batch; the worker is ahead by then.
        const bad = flatFile(dir, 'negative.csv', (row) => (row === MAP_BATCH ? '-5' : String(row)));
        const store = await openStore(await database.freshLocation());
        try {
          await loadBundle(store);
          await manyUnits(store);
          const before = await dumpStore(store);
          const error = await importTable(store, {
            edition: 2026,
            mappingFile,
            file: bad,
            worker: true,
          }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(IngestError);
          expect((error as IngestError).line).toBe(MAP_BATCH + 2);
          expect(runningReadingWorkers()).toBe(0);
          expect(await dumpStore(store)).toBe(before);
        } finally {
          await store.close();
        }
      },
      SLOW,
    );

    it.runIf(existsSync(REAL_FFCSV))(
      'the real 12411-01-01-4 flat file, with district values allocated by population',
      async () => {
        const file = join(
          REAL_FFCSV,
          readdirSync(REAL_FFCSV).find((f) => f.startsWith('pystatis__12411-01-01-4_'))!,
        );
        const mappingFile = join(dir, 'population-kreise.yaml');
        writeFileSync(
          mappingFile,
          [
            'source: { publisher: Statistische Ämter des Bundes und der Länder, table: 12411-01-01-4 }',
            'level: district',
            'allocation: population',
            'values:',
            '  - { target: population, variable: BEVSTD }',
            '',
          ].join('\n'),
        );
        const results = await bothPaths(database, nothing, [
          { file, mappingFile, edition: 2026, retrieved: '2025-03-04' },
        ]);
        expectSame(results);
        expect(results[1]!.outcomes[0]).toMatchObject({ report: { format: 'genesis-ffcsv', applied: true } });
      },
      SLOW,
    );
  });
}
