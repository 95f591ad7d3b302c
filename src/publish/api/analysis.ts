// GET /api/editions/{year}/analysis/{kind}: the analyses of src/analysis, run on the cached edition.
import {
  analyseLeaders,
  analyseLevers,
  analyseMovers,
  analyseNeed,
  analyseRegions,
  analyseSpatial,
  analyseTypology,
  loadNeighbourPairs,
} from '../../analysis/index.js';
import type { Store } from '../../store/index.js';
import { compareEditions, COMPARE_DEFAULTS } from '../../workflow/compareEditions.js';
import { notFound } from '../server/httpError.js';
import { editionScope } from './notice.js';
import type { Snapshot } from './snapshot.js';
import type { AnalysisKind, AnalysisResponse } from './types.js';

export interface AnalysisContext {
  previous: () => Promise<Snapshot | null>;
  regions: () => Promise<Snapshot>;
  store: Store;
}

export async function buildAnalysis(
  kind: AnalysisKind,
  snapshot: Snapshot,
  context: AnalysisContext,
): Promise<AnalysisResponse> {
  const result = await run(kind, snapshot, context);
  return { ...editionScope(snapshot.edition), kind, unitSet: snapshot.data.unitSet, result: plain(result) };
}

async function run(kind: AnalysisKind, snapshot: Snapshot, context: AnalysisContext): Promise<unknown> {
  const { data } = snapshot;
  switch (kind) {
    case 'leaders':
      return analyseLeaders(data);
    case 'typology':
      return analyseTypology(data);
    case 'spatial':
      return analyseSpatial(data, { pairs: await loadNeighbourPairs(context.store, data.unitSet) });
    case 'regions': {
      const regions = (await context.regions()).data;
      if (!regions.result.units.includes(REGION_FOCUS)) {
        throw notFound(`the regions have no "${REGION_FOCUS}" to compare with the others`);
      }
      return analyseRegions(regions, REGION_FOCUS);
    }
    case 'movers': {
      const previous = await context.previous();
      if (!previous) throw notFound(`edition ${data.edition} has no earlier edition to compare with`);
      const comparison = await compareEditions(context.store, {
        from: previous.edition.year,
        to: data.edition,
        unitSet: data.unitSet,
        runs: COMPARE_DEFAULTS.runs,
        seed: COMPARE_DEFAULTS.seed,
      });
      return { ...analyseMovers(comparison), comparison };
    }
    case 'levers': {
      const subIndices = data.nodes.filter((n) => n.parent === data.structure.root).map((n) => n.code);
      return {
        levers: analyseLevers(data),
        need: subIndices.includes(NEED_NODE) ? analyseNeed(data, NEED_NODE) : null,
      };
    }
  }
}

/** The region the regions analysis compares with the others (the Digital-Index Ruhr's focus). */
const REGION_FOCUS = 'ruhr';
/** The sub-index whose catch-up gain the levers analysis ranks (the article's infrastructure comparison). */
const NEED_NODE = 'infrastructure';

/** Typed arrays become plain arrays and non-finite numbers null, so the JSON has numbers or null only. */
function plain(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null));
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  if (value instanceof Set) return [...value].map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
