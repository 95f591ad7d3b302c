// 001: unit sets and units, sources, editions with their indicators, observed values, computations and results.
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

// What this writes for SQLite must never change (such databases exist). PostgreSQL came later: its text
// columns were byte-ordered (`textType`) from its first version on.
export const initial: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('unit_sets')
      .addColumn('code', text, (col) => col.primaryKey())
      .addColumn('name_de', text, (col) => col.notNull())
      .addColumn('name_en', text, (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('units')
      .addColumn('unit_set', text, (col) => col.notNull().references('unit_sets.code'))
      .addColumn('code', text, (col) => col.notNull())
      .addColumn('name', text, (col) => col.notNull())
      .addColumn('type', text)
      .addColumn('district', text)
      .addColumn('population', 'double precision')
      .addColumn('area_km2', 'double precision')
      .addColumn('center_lat', 'double precision')
      .addColumn('center_lon', 'double precision')
      .addColumn('source', text, (col) => col.notNull())
      .addPrimaryKeyConstraint('units_pk', ['unit_set', 'code'])
      .execute();

    await db.schema
      .createTable('sources')
      .addColumn('id', text, (col) => col.primaryKey())
      .addColumn('publisher', text, (col) => col.notNull())
      .addColumn('table_code', text)
      .addColumn('title', text)
      .addColumn('licence', text)
      .addColumn('url', text)
      .addColumn('retrieved', text)
      .addColumn('file_name', text)
      .addColumn('file_hash', text)
      .addColumn('synthetic', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('editions')
      .addColumn('year', 'integer', (col) => col.primaryKey())
      .addColumn('index_id', text, (col) => col.notNull())
      .addColumn('index_version', text, (col) => col.notNull())
      .addColumn('title', text, (col) => col.notNull())
      .addColumn('spec_json', text, (col) => col.notNull())
      .addColumn('spec_hash', text, (col) => col.notNull())
      .addColumn('synthetic', 'integer', (col) => col.notNull())
      .addColumn('created_at', text, (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('indicators')
      .addColumn('edition', 'integer', (col) => col.notNull().references('editions.year'))
      .addColumn('code', text, (col) => col.notNull())
      .addColumn('kind', text, (col) => col.notNull())
      .addColumn('name_de', text, (col) => col.notNull())
      .addColumn('name_en', text, (col) => col.notNull())
      .addColumn('unit_de', text)
      .addColumn('unit_en', text)
      .addColumn('direction', 'integer')
      .addColumn('denominator', text)
      .addColumn('scale', 'double precision')
      .addColumn('parent', text)
      .addColumn('weight', 'double precision')
      .addColumn('position', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('indicators_pk', ['edition', 'code'])
      .execute();

    await db.schema
      .createTable('observed_values')
      .addColumn('edition', 'integer', (col) => col.notNull().references('editions.year'))
      .addColumn('unit_set', text, (col) => col.notNull())
      .addColumn('unit_code', text, (col) => col.notNull())
      .addColumn('variable', text, (col) => col.notNull())
      .addColumn('value', 'double precision')
      .addColumn('missing_reason', text)
      .addColumn('reference_date', text, (col) => col.notNull())
      .addColumn('source_id', text, (col) => col.notNull().references('sources.id'))
      .addColumn('row_number', 'integer')
      .addColumn('synthetic', 'integer', (col) => col.notNull())
      .addColumn('confidential', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('observed_values_pk', ['edition', 'unit_set', 'unit_code', 'variable'])
      .addForeignKeyConstraint('observed_values_unit_fk', ['unit_set', 'unit_code'], 'units', [
        'unit_set',
        'code',
      ])
      .execute();

    await db.schema
      .createTable('computations')
      .addColumn('id', 'integer', (col) =>
        // SQLite's AUTOINCREMENT and PostgreSQL's identity both never reuse the id of a deleted computation.
        dialect === 'postgres'
          ? col.primaryKey().generatedByDefaultAsIdentity()
          : col.primaryKey().autoIncrement(),
      )
      .addColumn('edition', 'integer', (col) => col.notNull().references('editions.year'))
      .addColumn('unit_set', text, (col) => col.notNull().references('unit_sets.code'))
      .addColumn('spec_hash', text, (col) => col.notNull())
      .addColumn('method_json', text, (col) => col.notNull())
      .addColumn('computed_at', text, (col) => col.notNull())
      .addColumn('engine_version', text, (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('results')
      .addColumn('computation_id', 'integer', (col) => col.notNull().references('computations.id'))
      .addColumn('edition', 'integer', (col) => col.notNull())
      .addColumn('unit_set', text, (col) => col.notNull())
      .addColumn('unit_code', text, (col) => col.notNull())
      .addColumn('node', text, (col) => col.notNull())
      .addColumn('stage', text, (col) => col.notNull())
      .addColumn('value', 'double precision')
      .addColumn('rank', 'double precision')
      .addPrimaryKeyConstraint('results_pk', ['computation_id', 'unit_code', 'node', 'stage'])
      .execute();

    await db.schema
      .createIndex('results_edition_unit_set_node')
      .on('results')
      .columns(['edition', 'unit_set', 'node'])
      .execute();
  },

  async down(db) {
    for (const table of [
      'results',
      'computations',
      'observed_values',
      'indicators',
      'editions',
      'sources',
      'units',
      'unit_sets',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
