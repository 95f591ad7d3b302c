// Large imports stream: several write batches in one transaction, rolled back whole by a bad row or a conflict.
import { beforeEach, expect, it } from 'vitest';
import type { Store } from '../../../src/store/index.js';
import { listImports } from '../../../src/store/provenance.js';
import { WRITE_ROWS } from '../../../src/workflow/import/writer.js';
import { importTable, ImportConflictError } from '../../../src/workflow/importTable.js';
import { describeEachDatabase } from '../../store/databases.js';
import { dumpStore } from './dump.js';
import { loadBundle, tempDir } from './fixtures.js';
import { addManyUnits, manyFlatFile, manyMapping, type ManyUnits } from './manyUnits.js';

/** Four value variables over enough generated municipalities for more than two write batches. */
const TARGETS = ['population', 'employees', 'firms', 'job_ads'] as const;
const UNITS = Math.ceil((2 * WRITE_ROWS + 5000) / TARGETS.length);
const ROWS = UNITS * TARGETS.length;
/** Tens of thousands of rows, several times, on a shared machine. */
const SLOW = 240_000;

const MANY: ManyUnits = {
  units: UNITS,
  targets: TARGETS,
  ags: (i) => String(3_000_000 + i).padStart(8, '0'),
};
const ags = MANY.ags;
const flatFile = (dir: string, name: string, value: (row: number) => string) =>
  manyFlatFile(MANY, dir, name, value);

describeEachDatabase('a streamed import larger than one write batch', (store: () => Store) => {
  let dir: string;
  let mapping: string;
  beforeEach(async () => {
    await loadBundle(store());
    await addManyUnits(store(), MANY);
    dir = tempDir();
    mapping = manyMapping(MANY, dir);
  });

  it(
    'writes every value in several batches, then finds them all unchanged',
    async () => {
      const file = flatFile(dir, 'good.csv', (row) => String(row));
      const report = await importTable(store(), { file, edition: 2026, mappingFile: mapping });
      expect(report.counts).toMatchObject({ observations: ROWS, values: ROWS, new: ROWS, skipped: 0 });
      expect(report.examples).toHaveLength(20);
      expect(report.examples[0]).toMatchObject({
        unitCode: ags(0),
        variable: 'population',
        after: 0,
        line: 2,
      });
      const again = await importTable(store(), { file, edition: 2026, mappingFile: mapping });
      expect(again.counts).toMatchObject({ new: 0, unchanged: ROWS });
      expect(again.applied).toBe(false);
      expect((await listImports(store().db)).map((i) => i.counts.new)).toEqual([ROWS]);
    },
    SLOW,
  );

  it(
    'rolls back the batches already written when the last row is bad',
    async () => {
      const before = await dumpStore(store());
      const file = flatFile(dir, 'bad.csv', (row) => (row === ROWS - 1 ? 'zwölf' : String(row)));
      await expect(importTable(store(), { file, edition: 2026, mappingFile: mapping })).rejects.toThrow(
        `bad.csv:${ROWS + 1}: field "value": "zwölf" is not a number`,
      );
      expect(await dumpStore(store())).toBe(before);
    },
    SLOW,
  );

  it(
    'counts every conflict, keeps 20 of them, and writes nothing',
    async () => {
      const file = flatFile(dir, 'first.csv', (row) => String(row));
      await importTable(store(), { file, edition: 2026, mappingFile: mapping });
      const before = await dumpStore(store());
      // Every third value differs from the stored one.
      const other = flatFile(dir, 'other.csv', (row) => (row % 3 === 0 ? `${row},5` : String(row)));
      const error = await importTable(store(), { file: other, edition: 2026, mappingFile: mapping }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ImportConflictError);
      const report = (error as ImportConflictError).report;
      const conflicts = Math.ceil(ROWS / 3);
      expect(report.counts).toMatchObject({ changed: conflicts, unchanged: ROWS - conflicts, new: 0 });
      expect(report.conflicts).toHaveLength(20);
      expect(report.conflicts[1]).toMatchObject({
        unitCode: ags(0),
        variable: 'job_ads',
        before: 3,
        after: 3.5,
      });
      expect(await dumpStore(store())).toBe(before);
      const replaced = await importTable(store(), {
        file: other,
        edition: 2026,
        mappingFile: mapping,
        replace: true,
      });
      expect(replaced.counts).toMatchObject({ changed: conflicts, unchanged: ROWS - conflicts });
    },
    SLOW,
  );
});
