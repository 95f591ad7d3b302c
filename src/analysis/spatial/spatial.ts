// Spatial patterns of an edition: neighbourhoods, global Moran's I, hot and cold spots, gradients, bands of high values.
import { createRandom } from '../../engine/random.js';
import { indicatorsOf, rawOf, scoresOf, subIndicesOf, valuesOf } from '../access.js';
import type { EditionData } from '../types.js';
import { bandOf } from './band.js';
import { gradient, type Gradient } from './gradient.js';
import { localMoran, type LisaClass } from './lisa.js';
import { moranTest, type MoranTest } from './moran.js';
import {
  circleNeighbours,
  contiguityNeighbours,
  kNearestNeighbours,
  rowStandardise,
  type SpatialWeights,
} from './weights.js';

export type Neighbourhood = 'auto' | 'contiguity' | 'circles' | 'knn';

export interface SpatialOptions {
  /** Pairs of unit codes sharing a border (from imported boundaries); used by 'auto' and 'contiguity'. */
  pairs?: readonly [string, string][] | null;
  /** 'auto' (default): contiguity when pairs are given, else circles. */
  neighbourhood?: Neighbourhood;
  /** k for 'knn' (default 5). */
  k?: number;
  permutations?: number;
  seed?: number;
  alpha?: number;
}

export interface UnitRef {
  code: string;
  name: string;
}

export interface NodeSpatial {
  node: string;
  /** What was analysed: the node's score, or for indicators its value in its own unit. */
  measure: 'score' | 'value';
  moran: MoranTest;
  gradient: Gradient;
  hotSpots: UnitRef[];
  coldSpots: UnitRef[];
  /** Significant high values among low neighbours (high-low) and the reverse (low-high). */
  outliers: (UnitRef & { cluster: LisaClass })[];
}

export interface ValueBand {
  indicator: string;
  /** 'value': the indicator in its own unit (shares, densities); 'count': its numerator (market size). */
  measure: 'value' | 'count';
  west: UnitRef;
  east: UnitRef;
  members: UnitRef[];
  /** The members' share of the indicator's total numerator (for 'count'), else null. */
  shareOfTotal: number | null;
}

export interface SpatialResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  neighbourhood: { kind: string; links: number; meanNeighbours: number; isolated: number };
  permutations: number;
  seed: number;
  alpha: number;
  /** Units left out for lack of centre coordinates. */
  excluded: string[];
  nodes: NodeSpatial[];
  /** Per indicator: the largest connected group of units above the mean, named by its western and eastern end. */
  bands: ValueBand[];
}

export function analyseSpatial(data: EditionData, options: SpatialOptions = {}): SpatialResult {
  const permutations = options.permutations ?? 999;
  const seed = options.seed ?? 1;
  const alpha = options.alpha ?? 0.05;
  const keep = data.units.map((u, i) => i).filter((i) => hasPlace(data, i));
  const excluded = data.units.filter((_, i) => !keep.includes(i)).map((u) => u.code);
  const places = keep.map((i) => ({
    lat: data.units[i]!.lat!,
    lon: data.units[i]!.lon!,
    areaKm2: data.units[i]!.areaKm2 ?? 0,
  }));
  const weights = neighbourhood(
    data,
    keep,
    places,
    options.neighbourhood ?? 'auto',
    options.pairs ?? null,
    options.k ?? 5,
  );
  const ref = (k: number): UnitRef => ({
    code: data.units[keep[k]!]!.code,
    name: data.units[keep[k]!]!.name,
  });
  const lon = places.map((p) => p.lon);

  const nodes: NodeSpatial[] = [];
  const analyse = (node: string, column: Float64Array, measure: 'score' | 'value') => {
    const x = keep.map((i) => column[i]!);
    if (x.some((v) => !Number.isFinite(v))) return; // Moran's I needs every unit
    const random = createRandom(seed);
    const lisa = localMoran(x, weights, permutations, random, alpha);
    const pick = (c: LisaClass) => lisa.map((l, k) => (l.cluster === c ? k : -1)).filter((k) => k >= 0);
    nodes.push({
      node,
      measure,
      moran: moranTest(x, weights, permutations, createRandom(seed)),
      gradient: gradient(x, places, alpha),
      hotSpots: pick('high-high').map(ref),
      coldSpots: pick('low-low').map(ref),
      outliers: lisa
        .map((l, k) => ({ ...ref(k), cluster: l.cluster }))
        .filter((u) => u.cluster === 'high-low' || u.cluster === 'low-high'),
    });
  };
  analyse(data.structure.root, scoresOf(data, data.structure.root), 'score');
  for (const s of subIndicesOf(data)) analyse(s.code, scoresOf(data, s.code), 'score');
  for (const ind of indicatorsOf(data)) analyse(ind.code, valuesOf(data, ind.code), 'value');

  const bands: ValueBand[] = [];
  for (const ind of indicatorsOf(data)) {
    const hasDenominator = data.structure.indicators.find((i) => i.code === ind.code)?.denominator;
    const measures: ['value' | 'count', Float64Array][] = [['value', valuesOf(data, ind.code)]];
    if (hasDenominator) measures.push(['count', rawOf(data, ind.code)]);
    for (const [measure, column] of measures) {
      const x = keep.map((i) => column[i]!);
      const present = x.filter(Number.isFinite);
      if (present.length === 0) continue;
      const mean = present.reduce((a, b) => a + b, 0) / present.length;
      const above = x.map((v, k) => (v > mean ? k : -1)).filter((k) => k >= 0);
      const band = bandOf(above, weights, lon, x);
      if (!band || band.members.length < 2) continue;
      const total = present.reduce((a, b) => a + b, 0);
      bands.push({
        indicator: ind.code,
        measure,
        west: ref(band.west),
        east: ref(band.east),
        members: band.members.map(ref),
        shareOfTotal:
          measure === 'count' && total > 0 ? band.members.reduce((s, k) => s + x[k]!, 0) / total : null,
      });
    }
  }
  const links = weights.neighbours.reduce((s, l) => s + l.length, 0);
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    neighbourhood: {
      kind: weights.kind,
      links,
      meanNeighbours: keep.length === 0 ? 0 : links / keep.length,
      isolated: weights.neighbours.filter((l) => l.length === 0).length,
    },
    permutations,
    seed,
    alpha,
    excluded,
    nodes,
    bands,
  };
}

function hasPlace(data: EditionData, i: number): boolean {
  const u = data.units[i]!;
  return u.lat !== null && u.lon !== null && Number.isFinite(u.lat) && Number.isFinite(u.lon);
}

function neighbourhood(
  data: EditionData,
  keep: number[],
  places: { lat: number; lon: number; areaKm2: number }[],
  kind: Neighbourhood,
  pairs: readonly [string, string][] | null,
  k: number,
): SpatialWeights {
  const codes = keep.map((i) => data.units[i]!.code);
  if (kind === 'contiguity' || (kind === 'auto' && pairs && pairs.length > 0)) {
    if (!pairs || pairs.length === 0)
      throw new RangeError('contiguity needs imported boundaries (digitalindex geodata import)');
    const lists = contiguityNeighbours(codes, pairs);
    // An island (no shared border) gets its nearest unit, so every unit has a neighbour.
    const nearest = kNearestNeighbours(places, 1);
    return rowStandardise(
      'contiguity',
      lists.map((l, i) => (l.length > 0 ? l : nearest[i]!)),
    );
  }
  if (kind === 'knn') return rowStandardise(`knn:${k}`, kNearestNeighbours(places, k));
  const hasArea = places.every((p) => p.areaKm2 > 0);
  if (!hasArea) return rowStandardise(`knn:${k}`, kNearestNeighbours(places, k));
  return rowStandardise('circles', circleNeighbours(places));
}
