// A first large import into an edition loads without the primary key on PostgreSQL (built once at the end);
// an import that looks up or replaces stored values keeps it.
import { sql } from 'kysely';
import { beforeEach, expect, it } from 'vitest';
import { listValues, type Store } from '../../../src/store/index.js';
import { getValueProvenance } from '../../../src/store/provenance.js';
import { WRITE_ROWS } from '../../../src/workflow/import/writer.js';
import { importTable } from '../../../src/workflow/importTable.js';
import { describeEachDatabase } from '../../store/databases.js';
import { loadBundle, tempDir } from './fixtures.js';
import { addManyUnits, manyFlatFile, manyMapping, type ManyUnits } from './manyUnits.js';

const TARGETS = ['population', 'employees'] as const;
/** One full write batch and a bit: a load large enough to take the keys off. */
const UNITS = Math.ceil((WRITE_ROWS + 500) / TARGETS.length);
const SLOW = 240_000;

const MANY: ManyUnits = {
  units: UNITS,
  targets: TARGETS,
  ags: (i) => String(4_000_000 + i).padStart(8, '0'),
};
const ags = MANY.ags;
const flatFile = (dir: string, name: string, value: (row: number) => number) =>
  manyFlatFile(MANY, dir, name, value);

/** The index of the primary key: a new one each time the key is dropped and added back. */
async function keyIndex(store: Store): Promise<number | undefined> {
  const { rows } = await sql<{ oid: number }>`select conindid::int as oid from pg_constraint
    where conrelid = 'observed_values'::regclass and conname = 'observed_values_pk'`.execute(store.db);
  return rows[0]?.oid;
}

describeEachDatabase('the primary key during a large import', (store, database) => {
  let dir: string;
  let mapping: string;
  beforeEach(async () => {
    await loadBundle(store());
    await addManyUnits(store(), MANY);
    dir = tempDir();
    mapping = manyMapping(MANY, dir);
  });

  it.runIf(database.dialect === 'postgres')(
    'is rebuilt after a first import into an edition, and kept by an import that replaces values',
    async () => {
      const first = await keyIndex(store());
      expect(first).toBeDefined();
      const file = flatFile(dir, 'first.csv', (row) => row);
      const report = await importTable(store(), { file, edition: 2026, mappingFile: mapping, worker: true });
      expect(report.counts).toMatchObject({ new: UNITS * TARGETS.length });
      const rebuilt = await keyIndex(store());
      expect(rebuilt).toBeDefined();
      expect(rebuilt).not.toBe(first);
      const values = await listValues(store().db, { edition: 2026, unitSet: 'many' });
      expect(values).toHaveLength(UNITS * TARGETS.length);
      expect(values[3]).toMatchObject({ unitCode: ags(1), variable: 'population', value: 2, row: 4 });
      const origin = await getValueProvenance(store().db, values[3]!);
      expect(origin).toMatchObject({
        sourceId: values[3]!.sourceId,
        column: 'value',
        quality: null,
        note: null,
      });

      // Every value changes: replaced through the key, which stays as it is.
      const changed = flatFile(dir, 'changed.csv', (row) => row + 0.5);
      const again = await importTable(store(), {
        file: changed,
        edition: 2026,
        mappingFile: mapping,
        replace: true,
        worker: true,
      });
      expect(again.counts).toMatchObject({ changed: UNITS * TARGETS.length });
      expect(await keyIndex(store())).toBe(rebuilt);
      const replaced = await listValues(store().db, { edition: 2026, unitSet: 'many' });
      expect(replaced[3]).toMatchObject({ unitCode: ags(1), variable: 'population', value: 2.5 });
      // The replacing value carries the provenance of the second import.
      const provenance = await getValueProvenance(store().db, replaced[3]!);
      expect(provenance?.importId).toBeDefined();
      expect(provenance?.importId).not.toBe(origin?.importId);
    },
    SLOW,
  );

  it.runIf(database.dialect === 'postgres')(
    'is kept through a first import read on the main thread (the server maintains it while it waits)',
    async () => {
      const first = await keyIndex(store());
      const file = flatFile(dir, 'first.csv', (row) => row);
      const report = await importTable(store(), { file, edition: 2026, mappingFile: mapping, worker: false });
      expect(report.counts).toMatchObject({ new: UNITS * TARGETS.length });
      expect(await keyIndex(store())).toBe(first);
      expect(await listValues(store().db, { edition: 2026, unitSet: 'many' })).toHaveLength(
        UNITS * TARGETS.length,
      );
    },
    SLOW,
  );
});
