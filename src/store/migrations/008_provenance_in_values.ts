// 008: each imported value's place in its file moves from value_provenance into its row of observed_values.
import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../location.js';
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

/**
 * An import wrote two rows per value, the value and its provenance (same key, migration 003). Now the value
 * carries it: nullable columns import_id, column_name, region_key, quality and note (null for values no
 * import wrote). A provenance row counted only while its source matched the value's (`run` replaced values
 * without touching it), so only those rows are copied; stale ones are dropped, as they were ignored. `down`
 * brings back value_provenance as migrations 003 and 007 left it, with a row for every value that has an
 * import id.
 */
export const provenanceInValues: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    for (const [name, type] of COLUMNS) {
      await db.schema
        .alterTable('observed_values')
        .addColumn(name, type === 'text' ? text : 'integer')
        .execute();
    }
    // UPDATE … FROM: PostgreSQL, and SQLite since 3.33.
    await sql`update observed_values set import_id = p.import_id, column_name = p.column_name,
        region_key = p.region_key, quality = p.quality, note = p.note
      from value_provenance p
      where p.edition = observed_values.edition and p.unit_set = observed_values.unit_set
        and p.unit_code = observed_values.unit_code and p.variable = observed_values.variable
        and p.source_id = observed_values.source_id`.execute(db);
    await db.schema.dropTable('value_provenance').execute();
  },

  async down(db, dialect) {
    await createProvenanceTable(db, dialect);
    await sql`insert into value_provenance (edition, unit_set, unit_code, variable, source_id, import_id,
        column_name, region_key, quality, note)
      select edition, unit_set, unit_code, variable, source_id, import_id, column_name, region_key, quality, note
      from observed_values where import_id is not null`.execute(db);
    // SQLite drops a column since 3.35 (also from a WITHOUT ROWID table, the key being other columns).
    for (const [name] of COLUMNS) await db.schema.alterTable('observed_values').dropColumn(name).execute();
  },
};

const COLUMNS = [
  ['import_id', 'integer'],
  ['column_name', 'text'],
  ['region_key', 'text'],
  ['quality', 'text'],
  ['note', 'text'],
] as const;

/** value_provenance as 003 created it and, on SQLite, 007 rebuilt it (WITHOUT ROWID). */
async function createProvenanceTable(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const text = textType(dialect);
  const table = db.schema
    .createTable('value_provenance')
    .addColumn('edition', 'integer', (col) => col.notNull())
    .addColumn('unit_set', text, (col) => col.notNull())
    .addColumn('unit_code', text, (col) => col.notNull())
    .addColumn('variable', text, (col) => col.notNull())
    .addColumn('source_id', text, (col) => col.notNull())
    .addColumn('import_id', 'integer', (col) => col.notNull())
    .addColumn('column_name', text)
    .addColumn('region_key', text)
    .addColumn('quality', text)
    .addColumn('note', text)
    .addPrimaryKeyConstraint('value_provenance_pk', ['edition', 'unit_set', 'unit_code', 'variable']);
  await (dialect === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table).execute();
}
