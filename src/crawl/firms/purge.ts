// `crawl purge`: deletes the stored text of crawled pages (which may name people) and, if asked, the evidence snippets.
import { sql } from 'kysely';
import type { Store } from '../../store/store.js';

/** The columns holding full page text (migration 005: the crawler keeps it only until a firm is classified, unless --keep-text). */
export const PAGE_TEXT_COLUMNS = [{ table: 'crawl_pages', column: 'text' }] as const;

export interface PurgeReport {
  /** Per table and column: how many rows held text that is now gone. */
  cleared: { table: string; column: string; rows: number }[];
  /** Firms whose evidence snippets were deleted (only with `evidence`). */
  evidence: number;
}

/**
 * In one transaction: sets every page-text column to NULL and, with `evidence`, empties the firms' evidence
 * snippets (scores and flags stay). Purging twice clears nothing the second time.
 */
export async function purgeCrawlText(
  store: Store,
  options: { evidence?: boolean } = {},
): Promise<PurgeReport> {
  return store.transaction(async (tx) => {
    const cleared: PurgeReport['cleared'] = [];
    for (const { table, column } of PAGE_TEXT_COLUMNS) {
      const c = sql.ref(column);
      const result = await sql`update ${sql.table(table)} set ${c} = null where ${c} is not null`.execute(
        tx.db,
      );
      cleared.push({ table, column, rows: Number(result.numAffectedRows ?? 0n) });
    }
    let evidence = 0;
    if (options.evidence) {
      const result = await tx.db
        .updateTable('crawl_firms')
        .set({ evidence_json: '[]' })
        .where('evidence_json', 'is not', null)
        .where('evidence_json', '<>', '[]')
        .executeTakeFirst();
      evidence = Number(result.numUpdatedRows);
    }
    return { cleared, evidence };
  });
}
