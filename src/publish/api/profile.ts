// GET /api/editions/{year}/units/{code}: one unit's profile.
import type { StoredSource } from '../../store/sources.js';
import { notFound } from '../server/httpError.js';
import { editionScope } from './notice.js';
import { indicatorCodes, publishedUnits } from './published.js';
import { mostSimilar } from '../../analysis/peers.js';
import type { Snapshot } from './snapshot.js';
import type {
  NodeChange,
  ProfileIndicator,
  ProfileSource,
  RankStatsResponse,
  StrengthOrWeakness,
  UnitProfileResponse,
} from './types.js';

export interface ProfileContext {
  rankStats: RankStatsResponse | null;
  /** The previous edition of the same unit set, if there is one. */
  previous: Snapshot | null;
  sources: readonly StoredSource[];
}

/** How many strengths and weaknesses a profile lists. */
const EXTREMES = 3;

export function buildProfile(snapshot: Snapshot, code: string, context: ProfileContext): UnitProfileResponse {
  const at = snapshot.units.findIndex((u) => u.code === code);
  if (at < 0)
    throw notFound(
      `unit "${code}" is not in unit set "${snapshot.data.unitSet}" of edition ${snapshot.edition.year}`,
    );
  const unit = snapshot.units[at]!;
  const published = publishedUnits(snapshot);
  const mine = published[at]!;
  const root = snapshot.data.structure.root;
  const indicators = indicatorCodes(snapshot).map((indicator): ProfileIndicator => {
    const parent = snapshot.data.structure.indicators.find((i) => i.code === indicator)!.parent;
    return {
      code: indicator,
      parent,
      value: mine.raw[indicator] ?? null,
      score: mine.scores[indicator] ?? null,
      rank: mine.ranks[indicator] ?? null,
      median: median(published.map((p) => p.raw[indicator] ?? null)),
      medianScore: median(published.map((p) => p.scores[indicator] ?? null)),
      flag: mine.flags[indicator] ?? null,
    };
  });
  const similarityUnits = snapshot.units.map((u, i) => ({
    code: u.code,
    type: u.type,
    district: u.district,
    population: u.population,
    score: published[i]!.scores[root] ?? null,
  }));
  const similar = mostSimilar(similarityUnits, at).map(({ index, distance }) => {
    const u = snapshot.units[index]!;
    const p = published[index]!;
    return { code: u.code, name: u.name, type: u.type, population: u.population, distance, ...pick(p) };
  });
  const ranked = indicators
    .filter((i) => i.rank !== null)
    .map((i): StrengthOrWeakness => ({ code: i.code, score: i.score, rank: i.rank }))
    .sort((a, b) => a.rank! - b.rank! || compare(a.code, b.code));
  const interval = context.rankStats?.units.find((u) => u.code === code) ?? null;
  return {
    ...editionScope(snapshot.edition),
    unit: {
      code: unit.code,
      name: unit.name,
      unitSet: snapshot.data.unitSet,
      type: unit.type,
      district: unit.district,
      population: unit.population,
      areaKm2: unit.areaKm2,
      lat: unit.centerLat,
      lon: unit.centerLon,
    },
    unitCount: snapshot.units.length,
    root,
    scores: mine.scores,
    ranks: mine.ranks,
    rankInterval:
      interval && context.rankStats
        ? {
            nominal: interval.nominal,
            median: interval.median,
            p5: interval.p5,
            p95: interval.p95,
            settings: context.rankStats.settings,
          }
        : null,
    indicators,
    similarBy: 'population-type',
    similar,
    strengths: ranked.slice(0, EXTREMES),
    weaknesses: ranked.slice(-EXTREMES).reverse(),
    change: changeSince(context.previous, code, mine.scores, mine.ranks),
    sources: sourcesOf(snapshot, code, context.sources),
  };
}

function pick(p: {
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
  raw: Record<string, number | null>;
}) {
  return { scores: p.scores, ranks: p.ranks, raw: p.raw };
}

function changeSince(
  previous: Snapshot | null,
  code: string,
  scores: Record<string, number | null>,
  ranks: Record<string, number | null>,
): UnitProfileResponse['change'] {
  if (!previous) return null;
  const at = previous.units.findIndex((u) => u.code === code);
  if (at < 0) return null;
  const before = publishedUnits(previous)[at]!;
  const nodes = Object.keys(scores).map((node): NodeChange => {
    const previousRank = before.ranks[node] ?? null;
    const rank = ranks[node] ?? null;
    return {
      node,
      previousScore: before.scores[node] ?? null,
      score: scores[node] ?? null,
      previousRank,
      rank,
      rankChange: previousRank === null || rank === null ? null : previousRank - rank,
    };
  });
  return { previousEdition: previous.edition.year, nodes };
}

/** The sources of the unit's stored values: one entry per variable (indicator numerator or denominator). */
function sourcesOf(snapshot: Snapshot, code: string, sources: readonly StoredSource[]): ProfileSource[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return snapshot.values
    .filter((v) => v.unitCode === code)
    .map((v): ProfileSource => {
      const s = byId.get(v.sourceId);
      return {
        variable: v.variable,
        publisher: s?.publisher ?? v.sourceId,
        table: s?.table ?? null,
        title: s?.title ?? null,
        licence: s?.licence ?? null,
        url: s?.url ?? null,
        retrieved: s?.retrieved ?? null,
        referenceDate: v.referenceDate,
      };
    });
}

/** The median of the non-null values (mean of the middle two for an even count); null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
