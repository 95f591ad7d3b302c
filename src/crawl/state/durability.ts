// How durable the crawler's commits are in SQLite: WAL with synchronous=NORMAL survives kill -9 of the process.
import { sql } from 'kysely';
import type { Store } from '../../store/store.js';

/**
 * In SQLite's WAL mode, `synchronous = NORMAL` skips the fsync of every commit: a committed transaction
 * survives the crawler being killed (even with kill -9), and only a power loss or OS crash may lose the last
 * commits, which the crawl then repeats (its frontier rows are still queued). The crawler commits often,
 * so this is the difference between being bound by the disk and by the network. Only this connection is
 * affected; PostgreSQL is left as configured.
 */
export async function relaxCommitSync(store: Store): Promise<void> {
  if (store.dialect === 'sqlite') await sql`pragma synchronous = normal`.execute(store.db);
}
