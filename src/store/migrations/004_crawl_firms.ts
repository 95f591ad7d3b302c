// 004: the firms of a crawl (from the firm list, with crawl status and classification) and the crawl's coverage per municipality.
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

export const crawlFirms: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    await db.schema
      .createTable('crawl_firms')
      .addColumn('firm_id', text, (col) => col.primaryKey())
      .addColumn('name', text, (col) => col.notNull())
      .addColumn('url', text)
      .addColumn('url_given', text)
      .addColumn('site_key', text)
      .addColumn('duplicate_of', text)
      .addColumn('ags', text, (col) => col.notNull())
      .addColumn('postcode', text)
      .addColumn('town', text)
      .addColumn('founded', 'integer')
      .addColumn('wz', text)
      .addColumn('list_file', text, (col) => col.notNull())
      .addColumn('list_line', 'integer', (col) => col.notNull())
      .addColumn('imported_at', text, (col) => col.notNull())
      .addColumn('status', text, (col) => col.notNull())
      .addColumn('pages', 'integer', (col) => col.notNull())
      .addColumn('final_url', text)
      .addColumn('crawled_at', text)
      .addColumn('digital_score', 'double precision')
      .addColumn('ai_score', 'double precision')
      .addColumn('digital_affine', 'integer')
      .addColumn('ai_affine', 'integer')
      .addColumn('founded_from_site', 'integer')
      .addColumn('evidence_json', text)
      .addColumn('classifier_version', text)
      .addColumn('classified_at', text)
      .execute();
    await db.schema
      .createIndex('crawl_firms_status')
      .on('crawl_firms')
      .columns(['status', 'firm_id'])
      .execute();
    await db.schema.createIndex('crawl_firms_ags').on('crawl_firms').columns(['ags']).execute();

    await db.schema
      .createTable('crawl_coverage')
      .addColumn('edition', 'integer', (col) => col.notNull())
      .addColumn('unit_set', text, (col) => col.notNull())
      .addColumn('unit_code', text, (col) => col.notNull())
      .addColumn('firms_listed', 'integer', (col) => col.notNull())
      .addColumn('firms_with_website', 'integer', (col) => col.notNull())
      .addColumn('firms_crawled', 'integer', (col) => col.notNull())
      .addColumn('firms_classified', 'integer', (col) => col.notNull())
      .addColumn('digital_affine', 'integer', (col) => col.notNull())
      .addColumn('ai_affine', 'integer', (col) => col.notNull())
      .addColumn('digital_startups', 'integer', (col) => col.notNull())
      .addColumn('source_id', text, (col) => col.notNull())
      .addColumn('computed_at', text, (col) => col.notNull())
      .addPrimaryKeyConstraint('crawl_coverage_pk', ['edition', 'unit_set', 'unit_code'])
      .execute();
  },

  async down(db) {
    await db.schema.dropTable('crawl_coverage').execute();
    await db.schema.dropTable('crawl_firms').execute();
  },
};
