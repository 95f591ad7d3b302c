// Every read endpoint's shape and numbers, checked against the engine's stored results for the demo data.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANALYSIS_KINDS,
  type EditionsResponse,
  type IndicatorResponse,
  type MapResponse,
  type MethodologyResponse,
  type RankStatsResponse,
  type ResultsResponse,
  type StructureResponse,
  type UnitProfileResponse,
  type UnitsResponse,
} from '../../../src/publish/api/types.js';
import type { AppHandle } from '../../../src/publish/server/index.js';
import type { Store } from '../../../src/store/index.js';
import { latestResults } from '../../../src/store/results.js';
import { compareEditions } from '../../../src/workflow/compareEditions.js';
import { appOver, demoStore, getJson } from './helpers.js';

const DORTMUND = '05913000';
const ESSEN = '05113000';

let store: Store;
let handle: AppHandle;

beforeAll(async () => {
  store = await demoStore();
  handle = appOver(store);
}, 60_000);

afterAll(async () => {
  await store.close();
});

/** The stored results of an edition: node → unit → { value, rank } per stage. */
async function stored(edition: number, unitSet: string) {
  const rows = await latestResults(store.db, edition, unitSet);
  const get = (stage: string, node: string, unit: string) =>
    rows.find((r) => r.stage === stage && r.node === node && r.unitCode === unit);
  return { rows, get };
}

describe('GET /api/editions', () => {
  it('lists both demo editions, synthetic, with a notice and their computed unit sets', async () => {
    const { status, body } = await getJson<EditionsResponse>(handle, '/api/editions');
    expect(status).toBe(200);
    expect(body.latest).toBe(2025);
    expect(body.editions.map((e) => e.year)).toEqual([2024, 2025]);
    for (const e of body.editions) {
      expect(e.synthetic).toBe(true);
      expect(e.notice?.de).toMatch(/synthetisch/i);
      expect(e.notice?.en).toMatch(/synthetic/i);
      expect(e.unitSets).toEqual(['municipalities', 'regions']);
      expect(e.title).toEqual({ de: 'Digital-Index Ruhr', en: 'Digital Index Ruhr' });
      expect(Date.parse(e.computedAt!)).not.toBeNaN();
    }
  });
});

describe('GET /api/editions/{year}/structure', () => {
  it('is the tree of the spec: one root, 4 sub-indices, 12 indicators as leaves', async () => {
    const { body } = await getJson<StructureResponse>(handle, '/api/editions/2025/structure');
    expect(body.synthetic).toBe(true);
    expect(body.root).toBe('index');
    const byLevel = (level: number) => body.nodes.filter((n) => n.level === level);
    expect(byLevel(3).map((n) => n.code)).toEqual(['index']);
    expect(byLevel(2).map((n) => n.code)).toEqual(['research', 'employment', 'companies', 'infrastructure']);
    expect(byLevel(1)).toHaveLength(12);
    const codes = new Set(body.nodes.map((n) => n.code));
    for (const n of body.nodes) {
      if (n.parent !== null) expect(codes.has(n.parent)).toBe(true);
      if (n.kind === 'indicator') {
        expect(n.direction === 1 || n.direction === -1).toBe(true);
        expect(n.normalisation).toBe('minmax');
        expect(n.source?.publisher).toBeTruthy();
        // Indicators are leaves.
        expect(body.nodes.some((m) => m.parent === n.code)).toBe(false);
      } else {
        expect(n.aggregation).toBe('arithmetic');
      }
    }
    const fttbh = body.nodes.find((n) => n.code === 'fttbh')!;
    expect(fttbh).toMatchObject({ parent: 'infrastructure', name_de: 'FTTB/H-Verfügbarkeit', weight: 1 });
  });
});

describe('GET /api/editions/{year}/results', () => {
  it.each([
    ['municipalities', 53],
    ['regions', 12],
  ])('gives every unit of %s with the stored scores and ranks', async (unitSet, count) => {
    const { body } = await getJson<ResultsResponse>(handle, `/api/editions/2025/results?unitSet=${unitSet}`);
    const { get } = await stored(2025, unitSet);
    expect(body.unitSet).toBe(unitSet);
    expect(body.rows).toHaveLength(count);
    expect(body.columns.slice(0, 5)).toEqual([
      'index',
      'research',
      'employment',
      'companies',
      'infrastructure',
    ]);
    expect(body.columns).toHaveLength(17);
    expect(body.indicators).toHaveLength(12);
    for (const row of body.rows) {
      for (const column of body.columns) {
        const stage = body.indicators.includes(column) ? 'normalised' : 'aggregated';
        const expected = get(stage, column, row.code);
        expect(row.scores[column], `${row.code} ${column}`).toBe(expected?.value ?? null);
        expect(row.ranks[column], `${row.code} ${column} rank`).toBe(expected?.rank ?? null);
      }
      for (const indicator of body.indicators) {
        if (row.flags[indicator] === 'imputed') continue;
        expect(row.raw[indicator]).toBe(get('denominated', indicator, row.code)?.value ?? null);
      }
    }
    // Sorted by the index rank.
    const ranks = body.rows.map((r) => r.ranks.index!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(ranks[0]).toBe(1);
  });

  it('carries master data of municipalities (Dortmund: kreisfrei, coordinates)', async () => {
    const { body } = await getJson<ResultsResponse>(handle, '/api/editions/2025/results');
    const dortmund = body.rows.find((r) => r.code === DORTMUND)!;
    expect(dortmund.name).toBe('Dortmund');
    expect(dortmund.district).toBe('kreisfrei');
    expect(dortmund.lat).toBeGreaterThan(51);
    expect(dortmund.lon).toBeGreaterThan(7);
    expect(dortmund.population).toBeGreaterThan(500_000);
  });
});

describe('GET /api/editions/{year}/rank-stats', () => {
  it('gives intervals around the nominal rank, equal to those `compare` uses', async () => {
    const { body } = await getJson<RankStatsResponse>(handle, '/api/editions/2025/rank-stats');
    expect(body.settings).toMatchObject({ runs: 200, seed: 1, weightsPerturbation: 0.25, excludeOne: true });
    expect(body.units).toHaveLength(53);
    for (const u of body.units) {
      expect(u.p5!).toBeLessThanOrEqual(u.median!);
      expect(u.median!).toBeLessThanOrEqual(u.p95!);
      expect(u.p5!).toBeGreaterThanOrEqual(1);
      expect(u.p95!).toBeLessThanOrEqual(53);
    }
    // compare --from 2025 computes the 2025 intervals with the same settings.
    const comparison = await compareEditions(store, {
      from: 2025,
      to: 2024,
      unitSet: 'municipalities',
      runs: 200,
      seed: 1,
    });
    for (const change of comparison.units) {
      const mine = body.units.find((u) => u.code === change.unit)!;
      expect(mine.nominal).toBe(change.fromRank);
      expect({ p5: mine.p5, median: mine.median, p95: mine.p95 }).toEqual({
        p5: change.fromInterval!.p05,
        median: change.fromInterval!.median,
        p95: change.fromInterval!.p95,
      });
    }
  }, 30_000);
});

describe('GET /api/editions/{year}/units/{code}', () => {
  it("gives Dortmund's scores, ranks, interval, medians, similar units, extremes, change and sources", async () => {
    const { status, body } = await getJson<UnitProfileResponse>(
      handle,
      `/api/editions/2025/units/${DORTMUND}`,
    );
    expect(status).toBe(200);
    const results = (await getJson<ResultsResponse>(handle, '/api/editions/2025/results')).body;
    const row = results.rows.find((r) => r.code === DORTMUND)!;
    expect(body.unit).toMatchObject({ code: DORTMUND, name: 'Dortmund', unitSet: 'municipalities' });
    expect(body.unitCount).toBe(53);
    expect(body.scores).toEqual(row.scores);
    expect(body.ranks).toEqual(row.ranks);
    expect(body.rankInterval!.nominal).toBe(row.ranks.index);
    expect(body.rankInterval!.p5!).toBeLessThanOrEqual(body.rankInterval!.p95!);

    // The Ruhr median of each indicator, recomputed here from the results table.
    for (const indicator of body.indicators) {
      const values = results.rows
        .map((r) => r.raw[indicator.code])
        .filter((v): v is number => v !== null)
        .sort((a, b) => a - b);
      const mid = values.length >> 1;
      const median = values.length % 2 ? values[mid] : (values[mid - 1]! + values[mid]!) / 2;
      expect(indicator.median).toBeCloseTo(median!, 12);
      expect(indicator.value).toBe(row.raw[indicator.code]);
    }

    // Essen is a kreisfreie Stadt of almost the same population: the most similar.
    expect(body.similarBy).toBe('population-type');
    expect(body.similar).toHaveLength(5);
    expect(body.similar[0]!.code).toBe(ESSEN);
    expect(body.similar.map((s) => s.code)).not.toContain(DORTMUND);
    const distances = body.similar.map((s) => s.distance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    // Strengths: the best indicator ranks; weaknesses: the worst.
    const ranks = body.indicators.map((i) => i.rank!).sort((a, b) => a - b);
    expect(body.strengths.map((s) => s.rank)).toEqual(ranks.slice(0, 3));
    expect(body.weaknesses.map((s) => s.rank)).toEqual(ranks.slice(-3).reverse());

    // Change since 2024, against the 2024 results.
    const before = (await getJson<ResultsResponse>(handle, '/api/editions/2024/results')).body.rows.find(
      (r) => r.code === DORTMUND,
    )!;
    expect(body.change!.previousEdition).toBe(2024);
    const index = body.change!.nodes.find((n) => n.node === 'index')!;
    expect(index.previousRank).toBe(before.ranks.index);
    expect(index.rankChange).toBe(before.ranks.index! - row.ranks.index!);

    expect(body.sources.length).toBeGreaterThan(0);
    for (const s of body.sources) expect(s.publisher).toBeTruthy();
  });

  it('finds a region by its code and has no previous-edition change for the first edition', async () => {
    const region = await getJson<UnitProfileResponse>(handle, '/api/editions/2025/units/ruhr');
    expect(region.status).toBe(200);
    expect(region.body.unit.unitSet).toBe('regions');
    expect(region.body.unitCount).toBe(12);
    const first = await getJson<UnitProfileResponse>(handle, `/api/editions/2024/units/${DORTMUND}`);
    expect(first.body.change).toBeNull();
  });
});

describe('other read endpoints', () => {
  it('methodology: effective weights are 1/12 each (4 equal sub-indices of 3 equal indicators)', async () => {
    const { body } = await getJson<MethodologyResponse>(handle, '/api/editions/2025/methodology');
    expect(body.indicators).toHaveLength(12);
    for (const i of body.indicators) expect(i.effectiveWeight).toBeCloseTo(1 / 12, 12);
    expect(body.pipeline.normalisation.method).toBe('minmax');
    expect(body.pipeline.aggregation.method).toBe('arithmetic');
    expect(body.editions).toEqual([2024, 2025]);
    expect(body.denominators.map((d) => d.code)).toContain('population');
  });

  it('units: the 53 municipalities', async () => {
    const { body } = await getJson<UnitsResponse>(handle, '/api/units');
    expect(body.units).toHaveLength(53);
  });

  it('indicator: one indicator over all units, sorted by rank, with the median', async () => {
    const { body } = await getJson<IndicatorResponse>(handle, '/api/editions/2025/indicators/fttbh');
    expect(body.indicator.code).toBe('fttbh');
    expect(body.units).toHaveLength(53);
    expect(body.units[0]!.rank).toBe(1);
  });

  it('map.geojson: a point at each centre when no boundaries are imported, with scores', async () => {
    const { body, response } = await getJson<MapResponse>(handle, '/api/editions/2025/map.geojson');
    const results = (await getJson<ResultsResponse>(handle, '/api/editions/2025/results')).body;
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(53);
    for (const f of body.features) {
      const row = results.rows.find((r) => r.code === f.id)!;
      expect(f.properties.geometryKind).toBe('centre');
      expect(f.geometry).toEqual({ type: 'Point', coordinates: [row.lon, row.lat] });
      expect(f.properties.scores).toEqual(row.scores);
    }
  });

  it('geometries: 404 with a message when none are imported', async () => {
    const { status, body } = await getJson<{ error: { message: string } }>(handle, '/api/geometries');
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/geodata import/);
  });

  it('openapi.json describes every read path', async () => {
    const { body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>(
      handle,
      '/api/openapi.json',
    );
    expect(body.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/editions',
      '/api/editions/{year}/results',
      '/api/editions/{year}/units/{code}',
      '/api/editions/{year}/rank-stats',
      '/api/editions/{year}/methodology',
      '/api/sources',
      '/api/geometries',
      '/api/admin/recompute',
    ]) {
      expect(body.paths).toHaveProperty([path]);
    }
  });

  it('analysis: leaders from src/analysis on the cached edition', async () => {
    const { status, body } = await getJson<{
      kind: string;
      synthetic: boolean;
      result: { root: string; ranking: { code: string; rank: number }[] };
    }>(handle, '/api/editions/2025/analysis/leaders');
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'leaders', synthetic: true });
    expect(body.result.ranking).toHaveLength(53);
    const results = (await getJson<ResultsResponse>(handle, '/api/editions/2025/results')).body;
    expect(body.result.ranking.map((r) => r.code)).toEqual(results.rows.map((r) => r.code));
  });

  it.each(ANALYSIS_KINDS)(
    'analysis %s answers for 2025 with plain JSON numbers',
    async (kind) => {
      const response = await handle.app.request(`/api/editions/2025/analysis/${kind}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(JSON.parse(text)).toMatchObject({ kind, edition: 2025, unitSet: 'municipalities' });
    },
    30_000,
  );

  it('analysis movers: 404 for the first edition (nothing earlier to compare with)', async () => {
    const { status } = await getJson<unknown>(handle, '/api/editions/2024/analysis/movers');
    expect(status).toBe(404);
  });
});

describe('downloads', () => {
  it('CSV: the results table, one row per municipality, numbers as in the API', async () => {
    const response = await handle.app.request('/api/editions/2025/download/municipalities.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="digitalindex-2025-municipalities.csv"/,
    );
    const records = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    const results = (await getJson<ResultsResponse>(handle, '/api/editions/2025/results')).body;
    expect(records).toHaveLength(53);
    for (const [i, record] of records.entries()) {
      const row = results.rows[i]!;
      expect(record.code).toBe(row.code);
      expect(record.synthetic).toBe('1');
      expect(Number(record.index)).toBe(row.scores.index);
      expect(Number(record.index_rank)).toBe(row.ranks.index);
    }
  });

  it('XLSX: a workbook with the same table and a notice sheet', async () => {
    const response = await handle.app.request('/api/editions/2025/download/regions.xlsx');
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(13);
    expect(sheet.getRow(1).getCell(3).value).toBe('code');
    expect(workbook.getWorksheet('Hinweis')).toBeDefined();
  });

  it.each(['indicators', 'rank-stats', 'sources'])('JSON: %s', async (table) => {
    const { status, body } = await getJson<{
      table: string;
      columns: string[];
      rows: unknown[][];
      synthetic: boolean;
    }>(handle, `/api/editions/2025/download/${table}.json`);
    expect(status).toBe(200);
    expect(body.table).toBe(table);
    expect(body.synthetic).toBe(true);
    for (const row of body.rows) expect(row).toHaveLength(body.columns.length);
  });
});
