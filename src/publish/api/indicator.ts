// GET /api/editions/{year}/indicators/{code}: one indicator's values, scores and ranks over the unit set.
import { editionScope } from './notice.js';
import { median } from './profile.js';
import { publishedUnits } from './published.js';
import type { Snapshot } from './snapshot.js';
import { buildStructure } from './structure.js';
import type { IndicatorResponse, IndicatorUnit } from './types.js';

export function buildIndicator(snapshot: Snapshot, code: string): IndicatorResponse {
  const published = publishedUnits(snapshot);
  const units = snapshot.units.map((u, i): IndicatorUnit => ({
    code: u.code,
    name: u.name,
    value: published[i]!.raw[code] ?? null,
    score: published[i]!.scores[code] ?? null,
    rank: published[i]!.ranks[code] ?? null,
    flag: published[i]!.flags[code] ?? null,
  }));
  units.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.code < b.code ? -1 : 1));
  return {
    ...editionScope(snapshot.edition),
    unitSet: snapshot.data.unitSet,
    indicator: buildStructure(snapshot).nodes.find((n) => n.code === code)!,
    median: median(units.map((u) => u.value)),
    medianScore: median(units.map((u) => u.score)),
    units,
  };
}
