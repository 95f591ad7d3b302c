// Reads what the findings need from the store: the edition's municipalities, its regions (if any) and borders.
import { listUnitSets, type Store } from '../../store/index.js';
import { loadEditionData, loadNeighbourPairs } from '../load.js';
import type { FindingsInput } from './build.js';

export async function loadFindingsInput(
  store: Store,
  edition: number | undefined,
  unitSet = 'municipalities',
  regionSet = 'regions',
): Promise<FindingsInput> {
  const municipalities = await loadEditionData(store, edition, unitSet);
  const sets = (await listUnitSets(store.db)).map((s) => s.code);
  const regions = sets.includes(regionSet)
    ? await loadEditionData(store, municipalities.edition, regionSet)
    : null;
  return { municipalities, regions, pairs: await loadNeighbourPairs(store, unitSet) };
}
