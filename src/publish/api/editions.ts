// GET /api/editions: every edition with its computed unit sets.
import { specSchema } from '../../spec/schema.js';
import type { Store } from '../../store/index.js';
import { listEditions } from '../../store/editions.js';
import { latestComputation } from '../../store/results.js';
import { listUnitSets } from '../../store/units.js';
import { SYNTHETIC_NOTICE } from './notice.js';
import type { EditionsResponse, EditionSummary } from './types.js';

export async function buildEditions(store: Store): Promise<EditionsResponse> {
  const editions = await listEditions(store.db);
  const unitSets = (await listUnitSets(store.db)).map((u) => u.code);
  const summaries: EditionSummary[] = [];
  for (const edition of editions) {
    const computed: { unitSet: string; at: string }[] = [];
    for (const unitSet of unitSets) {
      const computation = await latestComputation(store.db, edition.year, unitSet);
      if (computation) computed.push({ unitSet, at: computation.computedAt });
    }
    const spec = specSchema.parse(JSON.parse(edition.specJson));
    summaries.push({
      year: edition.year,
      title: spec.title,
      synthetic: edition.synthetic,
      notice: edition.synthetic ? SYNTHETIC_NOTICE : null,
      computedAt:
        computed
          .map((c) => c.at)
          .sort()
          .at(-1) ?? null,
      unitSets: computed.map((c) => c.unitSet),
      indexId: edition.indexId,
      indexVersion: edition.indexVersion,
    });
  }
  return { editions: summaries, latest: editions.at(-1)?.year ?? null };
}
