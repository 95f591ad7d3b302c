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
  /** The units closest in sub-index profile (Euclidean distance of the sub-index scores). */
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
  const profileOf = (k: number) => subs.map((s) => scoresOf(data, s)[k]!);
  const own = profileOf(i);
  const similar = data.units
    .map((u, k) => ({
      code: u.code,
      name: u.name,
      distance: Math.sqrt(profileOf(k).reduce((s, v, d) => s + (v - own[d]!) ** 2, 0)),
    }))
    .filter((s, k) => k !== i && Number.isFinite(s.distance))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, similarCount);
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
