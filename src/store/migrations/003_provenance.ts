// 003: the import log (one row per applied import of a file) and each imported value's place in its file.
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

export const provenance: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('imports')
      .addColumn('id', 'integer', (col) =>
        dialect === 'postgres'
          ? col.primaryKey().generatedByDefaultAsIdentity()
          : col.primaryKey().autoIncrement(),
      )
      .addColumn('edition', 'integer', (col) => col.notNull().references('editions.year'))
      .addColumn('source_id', text, (col) => col.notNull().references('sources.id'))
      .addColumn('file_name', text, (col) => col.notNull())
      .addColumn('file_hash', text, (col) => col.notNull())
      .addColumn('mapping_name', text)
      .addColumn('mapping_hash', text)
      .addColumn('format', text, (col) => col.notNull())
      .addColumn('imported_at', text, (col) => col.notNull())
      .addColumn('new_values', 'integer', (col) => col.notNull())
      .addColumn('changed_values', 'integer', (col) => col.notNull())
      .addColumn('unchanged_values', 'integer', (col) => col.notNull())
      .addColumn('skipped_rows', 'integer', (col) => col.notNull())
      .addColumn('replaced', 'integer', (col) => col.notNull())
      .execute();

    // Keyed like observed_values but without a foreign key: `run` replaces an edition's values wholesale,
    // so a row here counts only while its source_id matches the value's (see store/provenance.ts).
    await db.schema
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
      .addPrimaryKeyConstraint('value_provenance_pk', ['edition', 'unit_set', 'unit_code', 'variable'])
      .execute();
  },

  async down(db) {
    await db.schema.dropTable('value_provenance').execute();
    await db.schema.dropTable('imports').execute();
  },
};
