// One unit's profile: scores and ranks, every indicator against the median, the most similar units, strengths and weaknesses.
import { quantile } from '../engine/stats/quantile.js';
import {
  finiteOrNull,
  indexOfUnit,
  indicatorsOf,
  publishable,
  ranksOf,
  scoresOf,
  subIndicesOf,
  valuesOf,
} from './access.js';
import { mostSimilar } from './peers.js';
import type { EditionData } from './types.js';

export interface ProfileNode {
  node: string;
  kind: 'indicator' | 'aggregate';
  score: number | null;
  rank: number | null;
  /** For indicators: the unit's value and the median of all units (indicator units). */
  value: number | null;
  median: number | null;
}

export interface UnitProfile {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  code: string;
  name: string;
  of: number;
  index: ProfileNode;
  subIndices: ProfileNode[];
  indicators: ProfileNode[];
  /** The most comparable units (peers.ts: population on a log scale, type, kreisfrei or not), nearest first. */
  similar: { code: string; name: string; distance: number }[];
  /** Indicators with the best and the worst ranks (three each). */
  strengths: ProfileNode[];
  weaknesses: ProfileNode[];
}

export function unitProfile(data: EditionData, code: string, similarCount = 5): UnitProfile {
  const i = indexOfUnit(data, code);
  const node = (n: string, kind: 'indicator' | 'aggregate'): ProfileNode => {
    const values = kind === 'indicator' ? valuesOf(data, n) : null;
    return {
      node: n,
      kind,
      score: finiteOrNull(scoresOf(data, n)[i]!),
      rank: finiteOrNull(ranksOf(data, n)[i]!),
      value: values ? publishable(data, i, n, values[i]!) : null,
      median: values ? finiteOrNull(quantile(values, 0.5)) : null,
    };
  };
  const subs = subIndicesOf(data).map((n) => n.code);
  const indicators = indicatorsOf(data).map((n) => node(n.code, 'indicator'));
  const rootScores = scoresOf(data, data.structure.root);
  const peers = data.units.map((u, k) => ({ ...u, score: finiteOrNull(rootScores[k]!) }));
  const similar = mostSimilar(peers, i, similarCount).map(({ index, distance }) => ({
    code: data.units[index]!.code,
    name: data.units[index]!.name,
    distance,
  }));
  const ranked = indicators.filter((n) => n.rank !== null).sort((a, b) => a.rank! - b.rank!);
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    code: data.units[i]!.code,
    name: data.units[i]!.name,
    of: data.units.length,
    index: node(data.structure.root, 'aggregate'),
    subIndices: subs.map((s) => node(s, 'aggregate')),
    indicators,
    similar,
    strengths: ranked.slice(0, 3),
    weaknesses: ranked.slice(-3).reverse(),
  };
}
