// 005: the crawler's state: one row per firm site (lease, progress), the frontier, fetched pages and the request log.
import type { StoreMigration } from './migration.js';
import { textType } from './types.js';

export const crawlFrontier: StoreMigration = {
  async up(db, dialect) {
    const text = textType(dialect);
    const id = (name: string) =>
      db.schema
        .createTable(name)
        .addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (col) =>
          dialect === 'postgres'
            ? col.primaryKey().generatedByDefaultAsIdentity()
            : col.primaryKey().autoIncrement(),
        );

    // A firm's site as the crawler works on it; `worker` + `renewed_ms` form a lease that another process may
    // take over once it is stale (the holder died).
    await db.schema
      .createTable('crawl_sites')
      .addColumn('firm_id', text, (col) => col.primaryKey())
      .addColumn('start_url', text, (col) => col.notNull())
      .addColumn('site_url', text, (col) => col.notNull())
      .addColumn('state', text, (col) => col.notNull())
      .addColumn('worker', text)
      .addColumn('renewed_ms', 'double precision')
      .addColumn('seeded', 'integer', (col) => col.notNull())
      .addColumn('pages', 'integer', (col) => col.notNull())
      .addColumn('requests', 'integer', (col) => col.notNull())
      .addColumn('moved_to', text)
      .addColumn('outcome', text)
      .addColumn('created_at', text, (col) => col.notNull())
      .addColumn('finished_at', text)
      .execute();
    await db.schema
      .createIndex('crawl_sites_state')
      .on('crawl_sites')
      .columns(['state', 'firm_id'])
      .execute();

    await id('crawl_frontier')
      .addColumn('firm_id', text, (col) => col.notNull())
      .addColumn('url', text, (col) => col.notNull())
      .addColumn('origin', text, (col) => col.notNull())
      .addColumn('depth', 'integer', (col) => col.notNull())
      .addColumn('priority', 'integer', (col) => col.notNull())
      .addColumn('state', text, (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull())
      .addColumn('reason', text)
      .addUniqueConstraint('crawl_frontier_url', ['firm_id', 'url'])
      .execute();
    await db.schema
      .createIndex('crawl_frontier_next')
      .on('crawl_frontier')
      .columns(['firm_id', 'state', 'priority', 'id'])
      .execute();

    await id('crawl_pages')
      .addColumn('firm_id', text, (col) => col.notNull())
      .addColumn('url', text, (col) => col.notNull())
      .addColumn('final_url', text, (col) => col.notNull())
      .addColumn('http_status', 'integer')
      .addColumn('content_type', text)
      .addColumn('kind', text, (col) => col.notNull())
      .addColumn('bytes', 'integer', (col) => col.notNull())
      .addColumn('truncated', 'integer', (col) => col.notNull())
      .addColumn('charset', text)
      .addColumn('title', text)
      .addColumn('description', text)
      .addColumn('lang', text)
      .addColumn('text', text)
      .addColumn('text_chars', 'integer', (col) => col.notNull())
      .addColumn('simhash', text)
      .addColumn('near_duplicate_of', text)
      .addColumn('depth', 'integer', (col) => col.notNull())
      .addColumn('fetched_at', text, (col) => col.notNull())
      .addUniqueConstraint('crawl_pages_url', ['firm_id', 'url'])
      .execute();

    await id('crawl_requests')
      .addColumn('firm_id', text)
      .addColumn('url', text, (col) => col.notNull())
      .addColumn('http_status', 'integer')
      .addColumn('bytes', 'integer', (col) => col.notNull())
      .addColumn('ms', 'double precision', (col) => col.notNull())
      .addColumn('error_kind', text)
      .addColumn('retryable', 'integer')
      .addColumn('worker', text, (col) => col.notNull())
      .addColumn('at', text, (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('crawl_requests_firm')
      .on('crawl_requests')
      .columns(['firm_id', 'id'])
      .execute();
  },

  async down(db) {
    await db.schema.dropTable('crawl_requests').execute();
    await db.schema.dropTable('crawl_pages').execute();
    await db.schema.dropTable('crawl_frontier').execute();
    await db.schema.dropTable('crawl_sites').execute();
  },
};
