// Before serving: an empty database gets the bundled editions, loaded and computed (as `digitalindex run` does).
import { join } from 'node:path';
import { readBundle } from '../../ingest/bundle.js';
import { bundledDataDir } from '../../paths.js';
import type { Store } from '../../store/index.js';
import { listEditions } from '../../store/editions.js';
import { latestComputation } from '../../store/results.js';
import { listUnits, listUnitSets } from '../../store/units.js';
import { computeEdition } from '../../workflow/computeEdition.js';
import { importBundle } from '../../workflow/importBundle.js';

export interface Prepared {
  /** The bundle was loaded because the database had no edition. */
  loadedBundle: boolean;
  /** Edition and unit set pairs computed because they had no stored computation. */
  computed: { edition: number; unitSet: string }[];
}

export async function ensureComputed(store: Store, bundleFile?: string): Promise<Prepared> {
  let loadedBundle = false;
  if ((await listEditions(store.db)).length === 0) {
    await importBundle(store, readBundle(bundleFile ?? join(bundledDataDir(), 'bundle.json')));
    loadedBundle = true;
  }
  const computed: Prepared['computed'] = [];
  for (const edition of await listEditions(store.db)) {
    for (const set of await listUnitSets(store.db)) {
      if ((await listUnits(store.db, set.code)).length === 0) continue;
      if (await latestComputation(store.db, edition.year, set.code)) continue;
      await computeEdition(store, edition.year, set.code);
      computed.push({ edition: edition.year, unitSet: set.code });
    }
  }
  return { loadedBundle, computed };
}
