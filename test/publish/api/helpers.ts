// A store filled with the bundled demo editions, computed, and the app over it (requests in memory).
import { join, resolve } from 'node:path';
import { readBundle } from '../../../src/ingest/bundle.js';
import { createApp, type AppHandle } from '../../../src/publish/server/index.js';
import type { ServerOptionsInput } from '../../../src/publish/server/options.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { computeEdition } from '../../../src/workflow/computeEdition.js';
import { importBundle } from '../../../src/workflow/importBundle.js';

export const BUNDLE = resolve('data/bundle.json');

/** An in-memory SQLite store with the bundled editions loaded and computed for every unit set. */
export async function demoStore(location = ':memory:'): Promise<Store> {
  const store = await openStore(location);
  const bundle = readBundle(BUNDLE);
  await importBundle(store, bundle);
  for (const edition of bundle.editions) {
    for (const set of bundle.spec.spec.unitSets) await computeEdition(store, edition.year, set.code);
  }
  return store;
}

/** The app over `store`, serving no dashboard unless `staticDir` is given, write endpoints off unless a token is. */
export function appOver(store: Store, options: ServerOptionsInput = {}): AppHandle {
  return createApp(store, { staticDir: join(resolve('.'), 'no-such-dir-for-tests'), ...options });
}

export async function getJson<T>(
  handle: AppHandle,
  path: string,
): Promise<{ status: number; body: T; response: Response }> {
  const response = await handle.app.request(path);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as T, response };
}
