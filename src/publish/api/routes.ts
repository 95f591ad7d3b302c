// The read endpoints under /api: parameters checked, bodies built once per edition and kept in the cache.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { listEditions } from '../../store/editions.js';
import { listGeometries } from '../../store/geometries.js';
import { listSources } from '../../store/sources.js';
import { listUnits, listUnitSets } from '../../store/units.js';
import { badRequest, notFound } from '../server/httpError.js';
import { buildAnalysis } from './analysis.js';
import { ApiCache, type CachedBody } from './cache.js';
import { buildEditions } from './editions.js';
import { toCsv, toJson, toXlsx } from './formats.js';
import { buildGeometries, buildMap } from './geo.js';
import { buildIndicator } from './indicator.js';
import { buildMethodology, buildSources } from './methodology.js';
import { editionScope } from './notice.js';
import { openApiDocument } from './openapi.js';
import { parseDownload, parseUnitSet, parseYear, shorten } from './params.js';
import { buildProfile } from './profile.js';
import { buildRankStats } from './rankStats.js';
import { buildResults } from './results.js';
import type { Snapshot } from './snapshot.js';
import { buildStructure } from './structure.js';
import { buildTable } from './tables.js';
import { ANALYSIS_KINDS, type AnalysisKind, type UnitsResponse } from './types.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** Everything the read endpoints use: the cache (which holds the store). */
export class ApiData {
  constructor(readonly cache: ApiCache) {}

  get store() {
    return this.cache.store;
  }

  editions() {
    return this.cache.remember('editions', () => listEditions(this.store.db));
  }

  unitSets() {
    return this.cache.remember('unit-sets', async () =>
      (await listUnitSets(this.store.db)).map((u) => u.code),
    );
  }

  units(unitSet: string) {
    return this.cache.remember(`units\t${unitSet}`, () => listUnits(this.store.db, unitSet));
  }

  sources() {
    return this.cache.remember('sources', () => listSources(this.store.db));
  }

  geometries(unitSet: string) {
    return this.cache.remember(`geometries\t${unitSet}`, () => listGeometries(this.store.db, unitSet));
  }

  /** The snapshot, or a 404 naming the editions there are. */
  async snapshot(year: number, unitSet: string): Promise<Snapshot> {
    const years = (await this.editions()).map((e) => e.year);
    if (!years.includes(year)) {
      throw notFound(`edition ${year} is not in the database (editions: ${years.join(', ') || 'none'})`);
    }
    if ((await this.units(unitSet)).length === 0) {
      throw notFound(`unit set "${unitSet}" has no units in the database`);
    }
    const snapshot = await this.cache.snapshot(year, unitSet);
    if (!snapshot) throw notFound(`edition ${year} is not in the database`);
    return snapshot;
  }

  /** The snapshot of the edition before `year` for the unit set, or null. */
  async previous(year: number, unitSet: string): Promise<Snapshot | null> {
    const earlier = (await this.editions()).map((e) => e.year).filter((y) => y < year);
    if (earlier.length === 0) return null;
    return this.snapshot(Math.max(...earlier), unitSet).catch(() => null);
  }

  rankStats(year: number, unitSet: string) {
    return this.cache.remember(`rank-stats\t${year}\t${unitSet}`, async () =>
      buildRankStats(await this.snapshot(year, unitSet)),
    );
  }
}

export function readRoutes(data: ApiData): Hono {
  const api = new Hono();
  const cache = data.cache;

  /** Sends a JSON body, built once per key until the cache is invalidated. */
  const json = async (c: Context, key: string, make: () => Promise<unknown> | unknown) => {
    const hit = cache.body(key) ?? cache.setBody(key, JSON.stringify(await make()), JSON_TYPE);
    return send(c, hit, { 'cache-control': 'no-cache' });
  };
  const unitSetOf = async (c: Context) => parseUnitSet(c.req.query('unitSet'), await data.unitSets());

  api.get('/health', async (c) =>
    c.json({ status: 'ok' as const, editions: (await data.editions()).length }),
  );
  api.get('/openapi.json', (c) => json(c, 'openapi', () => openApiDocument()));
  api.get('/editions', (c) => json(c, 'editions', () => buildEditions(data.store)));
  api.get('/sources', (c) => json(c, 'sources', async () => buildSources(await data.sources())));

  api.get('/units', async (c) => {
    const unitSet = await unitSetOf(c);
    return json(c, `units\t${unitSet}`, async (): Promise<UnitsResponse> => ({
      unitSet,
      units: (await data.units(unitSet)).map((u) => ({
        code: u.code,
        name: u.name,
        type: u.type,
        district: u.district,
        population: u.population,
        areaKm2: u.areaKm2,
        lat: u.centerLat,
        lon: u.centerLon,
      })),
    }));
  });

  api.get('/geometries', async (c) => {
    const unitSet = await unitSetOf(c);
    const geometries = await data.geometries(unitSet);
    if (geometries.length === 0) {
      throw notFound(
        `no boundaries of unit set "${unitSet}" are imported (import them with \`digitalindex geodata import FILE\`)`,
      );
    }
    return json(c, `geometries\t${unitSet}`, async () => {
      const names = new Map((await data.units(unitSet)).map((u) => [u.code, u.name]));
      return buildGeometries(geometries, names);
    });
  });

  api.get('/editions/:year/structure', async (c) => {
    const year = parseYear(c.req.param('year'));
    return json(c, `structure\t${year}`, async () =>
      buildStructure(await data.snapshot(year, 'municipalities')),
    );
  });

  api.get('/editions/:year/results', async (c) => {
    const year = parseYear(c.req.param('year'));
    const unitSet = await unitSetOf(c);
    return json(c, `results\t${year}\t${unitSet}`, async () =>
      buildResults(await data.snapshot(year, unitSet)),
    );
  });

  api.get('/editions/:year/rank-stats', async (c) => {
    const year = parseYear(c.req.param('year'));
    const unitSet = await unitSetOf(c);
    return json(c, `rank-stats\t${year}\t${unitSet}`, () => data.rankStats(year, unitSet));
  });

  api.get('/editions/:year/methodology', async (c) => {
    const year = parseYear(c.req.param('year'));
    return json(c, `methodology\t${year}`, async () => {
      const years = (await data.editions()).map((e) => e.year);
      return buildMethodology(await data.snapshot(year, 'municipalities'), years);
    });
  });

  api.get('/editions/:year/units/:code', async (c) => {
    const year = parseYear(c.req.param('year'));
    const code = c.req.param('code');
    if (!CODE_PATTERN.test(code)) {
      throw badRequest(`unit code must be letters, digits, _ . or - (at most 64), not "${shorten(code)}"`);
    }
    const requested = c.req.query('unitSet');
    const unitSet = requested === undefined ? await unitSetContaining(data, code) : await unitSetOf(c);
    if (unitSet === null) throw notFound(`unit "${code}" is not in the database`);
    return json(c, `profile\t${year}\t${unitSet}\t${code}`, async () => {
      const snapshot = await data.snapshot(year, unitSet);
      if (!snapshot.units.some((u) => u.code === code)) {
        throw notFound(`unit "${code}" is not in unit set "${unitSet}" of edition ${year}`);
      }
      return buildProfile(snapshot, code, {
        rankStats: await data.rankStats(year, unitSet).catch(() => null),
        previous: await data.previous(year, unitSet),
        sources: await data.sources(),
      });
    });
  });

  api.get('/editions/:year/indicators/:code', async (c) => {
    const year = parseYear(c.req.param('year'));
    const code = c.req.param('code');
    const unitSet = await unitSetOf(c);
    const snapshot = await data.snapshot(year, unitSet);
    if (!snapshot.data.structure.indicators.some((i) => i.code === code)) {
      const known = snapshot.data.structure.indicators.map((i) => i.code).join(', ');
      throw notFound(`indicator "${shorten(code)}" is not in edition ${year} (indicators: ${known})`);
    }
    return json(c, `indicator\t${year}\t${unitSet}\t${code}`, () => buildIndicator(snapshot, code));
  });

  api.get('/editions/:year/map.geojson', async (c) => {
    const year = parseYear(c.req.param('year'));
    const unitSet = await unitSetOf(c);
    return json(c, `map\t${year}\t${unitSet}`, async () =>
      buildMap(await data.snapshot(year, unitSet), await data.geometries(unitSet)),
    );
  });

  api.get('/editions/:year/download/:file', async (c) => {
    const year = parseYear(c.req.param('year'));
    const { table, format } = parseDownload(c.req.param('file'));
    const key = `download\t${year}\t${table}\t${format}`;
    let hit = cache.body(key);
    if (!hit) {
      const snapshot = await data.snapshot(year, 'municipalities');
      const scope = editionScope(snapshot.edition);
      const rows = await buildTable(table, year, scope.synthetic, {
        municipalities: () => Promise.resolve(snapshot),
        regions: () => data.snapshot(year, 'regions'),
        rankStats: () => data.rankStats(year, 'municipalities'),
        sources: () => data.sources(),
      });
      const body =
        format === 'csv'
          ? toCsv(rows)
          : format === 'xlsx'
            ? await toXlsx(rows, table, scope.notice?.de ?? null)
            : toJson(rows, table, scope);
      hit = cache.setBody(key, body, DOWNLOAD_TYPES[format]);
    }
    const name = `digitalindex-${year}-${table}.${format}`;
    return send(c, hit, {
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-cache',
    });
  });

  api.get('/editions/:year/analysis/:kind', async (c) => {
    const year = parseYear(c.req.param('year'));
    const kind = c.req.param('kind') as AnalysisKind;
    if (!ANALYSIS_KINDS.includes(kind)) {
      throw notFound(`unknown analysis "${shorten(kind)}" (analyses: ${ANALYSIS_KINDS.join(', ')})`);
    }
    const unitSet = await unitSetOf(c);
    return json(c, `analysis\t${year}\t${unitSet}\t${kind}`, async () => {
      const snapshot = await data.snapshot(year, unitSet);
      return buildAnalysis(kind, snapshot, {
        previous: () => data.previous(year, unitSet),
        regions: () => data.snapshot(year, 'regions'),
        store: data.store,
      });
    });
  });

  return api;
}

/** A cached body, gzipped when the client accepts it (XLSX is compressed already). */
function send(c: Context, entry: CachedBody, headers: Record<string, string>) {
  const accepts = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  const gzip = accepts && !entry.type.includes('spreadsheetml') ? ApiCache.gzipOf(entry) : null;
  return c.body(gzip ?? entry.bytes, 200, {
    ...headers,
    'content-type': entry.type,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
}

const DOWNLOAD_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: JSON_TYPE,
} as const;

/** The first unit set (municipalities first) that has a unit with this code, or null. */
async function unitSetContaining(data: ApiData, code: string): Promise<string | null> {
  const sets = [...(await data.unitSets())].sort((a, b) =>
    a === 'municipalities' ? -1 : b === 'municipalities' ? 1 : a < b ? -1 : 1,
  );
  for (const set of sets) {
    if ((await data.units(set)).some((u) => u.code === code)) return set;
  }
  return null;
}
