// 006: job ads (imported or fetched), their imports, the postcode table, and the job-board client's runs and raw responses.
import type { ColumnDefinitionBuilder } from 'kysely';
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

export const jobs: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    const serial = (col: ColumnDefinitionBuilder) =>
      dialect === 'postgres'
        ? col.primaryKey().generatedByDefaultAsIdentity()
        : col.primaryKey().autoIncrement();

    await db.schema
      .createTable('job_imports')
      .addColumn('id', 'integer', serial)
      .addColumn('file_name', text, (col) => col.notNull())
      .addColumn('file_hash', text, (col) => col.notNull())
      .addColumn('format', text, (col) => col.notNull())
      .addColumn('imported_at', text, (col) => col.notNull())
      .addColumn('ads_read', 'integer', (col) => col.notNull())
      .addColumn('ads_new', 'integer', (col) => col.notNull())
      .addColumn('known_ids', 'integer', (col) => col.notNull())
      .addColumn('near_duplicates', 'integer', (col) => col.notNull())
      .addColumn('unassigned', 'integer', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('job_ads')
      // The ad's own id (the job board's refnr, a file's id column); the same id is the same ad.
      .addColumn('id', text, (col) => col.primaryKey())
      .addColumn('source', text, (col) => col.notNull())
      .addColumn('title', text, (col) => col.notNull())
      .addColumn('description', text, (col) => col.notNull())
      .addColumn('employer', text, (col) => col.notNull())
      .addColumn('postcode', text)
      .addColumn('town', text)
      // Publication date YYYY-MM-DD.
      .addColumn('posted', text, (col) => col.notNull())
      .addColumn('lat', 'double precision')
      .addColumn('lon', 'double precision')
      // Hash of normalised title, employer and town; null when too little is known to compare ads.
      .addColumn('dedup_key', text)
      // The first ad this one re-posts (same key, near date): stored, but counted once (as that ad).
      .addColumn('duplicate_of', text)
      .addColumn('import_id', 'integer', (col) => col.references('job_imports.id'))
      .addColumn('line', 'integer')
      // The municipality (unit code) and how it was found: coordinates, postcode, town; null when unassigned.
      .addColumn('unit_set', text)
      .addColumn('ags', text)
      .addColumn('assigned_by', text)
      // 1 while the job board's details (the description) are still to be fetched.
      .addColumn('details_pending', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('ai_skill', 'integer')
      .addColumn('score', 'double precision')
      .addColumn('evidence', text)
      .addColumn('classifier_version', text)
      .execute();
    await db.schema.createIndex('job_ads_dedup_idx').on('job_ads').column('dedup_key').execute();
    await db.schema.createIndex('job_ads_ags_idx').on('job_ads').columns(['unit_set', 'ags']).execute();

    await db.schema
      .createTable('job_postcodes')
      .addColumn('postcode', text, (col) => col.notNull())
      .addColumn('ags', text, (col) => col.notNull())
      .addColumn('file_name', text, (col) => col.notNull())
      .addPrimaryKeyConstraint('job_postcodes_pk', ['postcode', 'ags'])
      .execute();

    await db.schema
      .createTable('job_fetch_runs')
      .addColumn('id', 'integer', serial)
      .addColumn('base_url', text, (col) => col.notNull())
      // The search parameters (was, wo, umkreis, veroeffentlichtseit, size) as JSON; a run resumes one with the same.
      .addColumn('params', text, (col) => col.notNull())
      .addColumn('started_at', text, (col) => col.notNull())
      .addColumn('finished_at', text)
      .addColumn('pages_done', 'integer', (col) => col.notNull())
      .addColumn('total', 'integer')
      .addColumn('status', text, (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('job_responses')
      .addColumn('id', 'integer', serial)
      .addColumn('run_id', 'integer', (col) => col.notNull().references('job_fetch_runs.id'))
      // `search` (a result page) or `details` (one ad).
      .addColumn('kind', text, (col) => col.notNull())
      .addColumn('page', 'integer')
      .addColumn('refnr', text)
      .addColumn('url', text, (col) => col.notNull())
      .addColumn('status', 'integer', (col) => col.notNull())
      .addColumn('fetched_at', text, (col) => col.notNull())
      .addColumn('sha256', text, (col) => col.notNull())
      .addColumn('body', text, (col) => col.notNull())
      .execute();
  },

  async down(db) {
    await db.schema.dropTable('job_responses').execute();
    await db.schema.dropTable('job_fetch_runs').execute();
    await db.schema.dropTable('job_postcodes').execute();
    await db.schema.dropTable('job_ads').execute();
    await db.schema.dropTable('job_imports').execute();
  },
};
