// GET /api/editions/{year}/results: every unit's scores, ranks, values and flags.
import { editionScope } from './notice.js';
import { columnsOf, indicatorCodes, publishedUnits } from './published.js';
import type { Snapshot } from './snapshot.js';
import type { ResultRow, ResultsResponse } from './types.js';

export function buildResults(snapshot: Snapshot): ResultsResponse {
  const published = publishedUnits(snapshot);
  const root = snapshot.data.structure.root;
  const rows = snapshot.units.map((u, i): ResultRow => ({
    code: u.code,
    name: u.name,
    type: u.type,
    district: u.district,
    population: u.population,
    areaKm2: u.areaKm2,
    lat: u.centerLat,
    lon: u.centerLon,
    ...published[i]!,
  }));
  rows.sort((a, b) => (a.ranks[root] ?? Infinity) - (b.ranks[root] ?? Infinity) || compare(a.code, b.code));
  return {
    ...editionScope(snapshot.edition),
    unitSet: snapshot.data.unitSet,
    columns: columnsOf(snapshot),
    indicators: indicatorCodes(snapshot),
    rows,
    computedAt: snapshot.computedAt,
  };
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
