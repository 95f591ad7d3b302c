// The API resources the views read, typed; each is fetched once per page load (see api.ts).
import { getJson } from './api.js';
import type {
  EditionsResponse,
  MapResponse,
  MethodologyResponse,
  RankStatsResponse,
  ResultsResponse,
  SourcesResponse,
  StructureResponse,
  UnitProfileResponse,
} from './contract.js';
import type { FeatureCollection } from 'geojson';
import { rewound } from './geometry.js';

export const editions = (): Promise<EditionsResponse> => getJson('editions');

export const structure = (year: number): Promise<StructureResponse> => getJson(`editions/${year}/structure`);

export const results = (year: number, unitSet: 'municipalities' | 'regions'): Promise<ResultsResponse> =>
  getJson(`editions/${year}/results`, { unitSet });

export const profile = (year: number, code: string): Promise<UnitProfileResponse> =>
  getJson(`editions/${year}/units/${encodeURIComponent(code)}`);

export const methodology = (year: number): Promise<MethodologyResponse> =>
  getJson(`editions/${year}/methodology`);

export const rankStats = (year: number): Promise<RankStatsResponse> =>
  getJson(`editions/${year}/rank-stats`, { unitSet: 'municipalities' });

export const sources = (): Promise<SourcesResponse> => getJson('sources');

const boundaryCache = new Map<number, Promise<FeatureCollection | null>>();

/**
 * The imported boundaries of the municipalities, or null when none are imported (the map data then holds
 * centre points only, and the map is drawn schematically).
 */
export function boundaries(year: number): Promise<FeatureCollection | null> {
  let pending = boundaryCache.get(year);
  if (!pending) {
    pending = getJson<MapResponse>(`editions/${year}/map.geojson`, { unitSet: 'municipalities' }).then(
      (map) => {
        const polygons = map.features.filter((f) => f.properties.geometryKind === 'boundary');
        return polygons.length === 0
          ? null
          : rewound({ type: 'FeatureCollection', features: polygons } as unknown as FeatureCollection);
      },
    );
    boundaryCache.set(year, pending);
  }
  return pending;
}
