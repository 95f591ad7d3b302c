// The downloadable tables of an edition as plain columns and rows (what CSV, XLSX and JSON are written from).
import type { StoredSource } from '../../store/sources.js';
import { columnsOf, indicatorCodes, publishedUnits } from './published.js';
import type { Snapshot } from './snapshot.js';
import type { DownloadTable, RankStatsResponse } from './types.js';

export type Cell = string | number | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export interface TableInputs {
  municipalities: () => Promise<Snapshot>;
  regions: () => Promise<Snapshot>;
  rankStats: () => Promise<RankStatsResponse>;
  sources: () => Promise<readonly StoredSource[]>;
}

export async function buildTable(
  table: DownloadTable,
  year: number,
  synthetic: boolean,
  inputs: TableInputs,
): Promise<Table> {
  const lead = [year, synthetic ? 1 : 0];
  switch (table) {
    case 'municipalities':
      return resultsTable(await inputs.municipalities(), lead);
    case 'regions':
      return resultsTable(await inputs.regions(), lead);
    case 'indicators':
      return indicatorsTable(await inputs.municipalities(), lead);
    case 'rank-stats': {
      const stats = await inputs.rankStats();
      return {
        columns: [
          'edition',
          'synthetic',
          'code',
          'name',
          'rank',
          'rank_median',
          'rank_p5',
          'rank_p95',
          'runs',
          'seed',
        ],
        rows: stats.units.map((u) => [
          ...lead,
          u.code,
          u.name,
          u.nominal,
          u.median,
          u.p5,
          u.p95,
          stats.settings.runs,
          stats.settings.seed,
        ]),
      };
    }
    case 'sources': {
      const sources = await inputs.sources();
      return {
        columns: [
          'edition',
          'synthetic',
          'id',
          'publisher',
          'table',
          'title',
          'licence',
          'url',
          'retrieved',
          'source_synthetic',
        ],
        rows: sources.map((s) => [
          ...lead,
          s.id,
          s.publisher,
          s.table,
          s.title,
          s.licence,
          s.url,
          s.retrieved,
          s.synthetic ? 1 : 0,
        ]),
      };
    }
  }
}

/** One row per unit (sorted by index rank): each node's score and rank, then each indicator's value and flag. */
function resultsTable(snapshot: Snapshot, lead: Cell[]): Table {
  const columns = columnsOf(snapshot);
  const indicators = indicatorCodes(snapshot);
  const published = publishedUnits(snapshot);
  const root = snapshot.data.structure.root;
  const order = [...snapshot.units.keys()].sort(
    (a, b) =>
      (published[a]!.ranks[root] ?? Infinity) - (published[b]!.ranks[root] ?? Infinity) ||
      (snapshot.units[a]!.code < snapshot.units[b]!.code ? -1 : 1),
  );
  return {
    columns: [
      'edition',
      'synthetic',
      'code',
      'name',
      'type',
      'district',
      'population',
      ...columns.flatMap((c) => [c, `${c}_rank`]),
      ...indicators.flatMap((i) => [`${i}_value`, `${i}_flag`]),
    ],
    rows: order.map((at) => {
      const u = snapshot.units[at]!;
      const p = published[at]!;
      return [
        ...lead,
        u.code,
        u.name,
        u.type,
        u.district,
        u.population,
        ...columns.flatMap((c) => [p.scores[c] ?? null, p.ranks[c] ?? null]),
        ...indicators.flatMap((i) => [p.raw[i] ?? null, p.flags[i] ?? null]),
      ];
    }),
  };
}

/** Long format: one row per unit and indicator, with the indicator's unit. */
function indicatorsTable(snapshot: Snapshot, lead: Cell[]): Table {
  const published = publishedUnits(snapshot);
  const specs = new Map(snapshot.spec.indicators.map((i) => [i.code, i]));
  return {
    columns: [
      'edition',
      'synthetic',
      'code',
      'name',
      'indicator',
      'value',
      'unit_de',
      'unit_en',
      'score',
      'rank',
      'flag',
    ],
    rows: snapshot.units.flatMap((u, at) =>
      indicatorCodes(snapshot).map((i) => {
        const p = published[at]!;
        const s = specs.get(i)!;
        return [
          ...lead,
          u.code,
          u.name,
          i,
          p.raw[i] ?? null,
          s.unit.de,
          s.unit.en,
          p.scores[i] ?? null,
          p.ranks[i] ?? null,
          p.flags[i] ?? null,
        ];
      }),
    ),
  };
}
