// Notices changes made to the database by other processes (`digitalindex run`, `import`) and drops the API cache.
import { sql } from 'kysely';
import type { ApiCache } from '../api/cache.js';

/** What changes whenever a computation is saved or an edition added: the newest computation id and the editions. */
async function signature(cache: ApiCache): Promise<string> {
  const { rows } = await sql<{ computation: number | null; editions: number | string }>`
    select (select max(id) from computations) as computation, (select count(*) from editions) as editions
  `.execute(cache.store.db);
  const row = rows[0];
  return `${row?.computation ?? ''}|${row?.editions ?? ''}`;
}

/** Checks every `intervalMs` (default 5 s); returns a function that stops watching. The timer keeps nothing alive. */
export async function watchDatabase(cache: ApiCache, intervalMs = 5000): Promise<() => void> {
  let known = await signature(cache);
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    signature(cache)
      .then((now) => {
        if (now !== known) {
          known = now;
          cache.invalidate();
        }
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
