// api: the JSON API under /api (read endpoints, token-protected writes, OpenAPI); types.ts is the contract.
import { Hono } from 'hono';
import { adminRoutes } from './admin.js';
import { ApiCache } from './cache.js';
import { ApiData, readRoutes } from './routes.js';

export { ApiCache } from './cache.js';
export { ApiData } from './routes.js';

/** The /api sub-application over a cache (which holds the store); writes need `token` (null: off). */
export function apiApp(cache: ApiCache, token: string | null): Hono {
  const api = new Hono();
  api.route('/admin', adminRoutes(cache, token));
  api.route('/', readRoutes(new ApiData(cache)));
  return api;
}

/** Computes what the API serves for every edition and unit set (and the rank intervals), so first requests are fast. */
export async function warmCache(cache: ApiCache): Promise<void> {
  const data = new ApiData(cache);
  const editions = await data.editions();
  for (const unitSet of await data.unitSets()) {
    if ((await data.units(unitSet)).length === 0) continue;
    for (const edition of editions) {
      await data.snapshot(edition.year, unitSet);
      await data.rankStats(edition.year, unitSet);
    }
  }
}
