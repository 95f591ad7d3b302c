// Before listening: computes what the first visitors ask for, so no request waits for (or blocks on) a computation.
import { warmCache } from '../api/index.js';
import { ANALYSIS_KINDS, type EditionsResponse } from '../api/types.js';
import type { AppHandle } from './app.js';

/**
 * Snapshots and rank intervals of every edition and unit set, and the analyses of the latest edition (the
 * spatial permutation test and the levers take seconds; earlier editions' analyses are computed on demand).
 */
export async function warm(handle: AppHandle): Promise<void> {
  await warmCache(handle.cache);
  const response = await handle.app.request('/api/editions');
  const { latest } = (await response.json()) as EditionsResponse;
  if (latest === null) return;
  for (const kind of ANALYSIS_KINDS) {
    // An analysis that cannot run (e.g. movers without an earlier edition) answers 404 and is simply not cached.
    await (await handle.app.request(`/api/editions/${latest}/analysis/${kind}`)).arrayBuffer();
  }
}
