// Regions: one region (the Ruhr) against the other metropolitan regions on the index, each sub-index and indicator.
import { quantile } from '../engine/stats/quantile.js';
import {
  finiteOrNull,
  indicatorsOf,
  orderDescending,
  publishable,
  ranksOf,
  scoresOf,
  subIndicesOf,
} from './access.js';
import type { EditionData } from './types.js';

export interface RegionStanding {
  node: string;
  kind: 'indicator' | 'aggregate';
  /** The focus region's score and, for indicators, its value in the indicator's unit. */
  score: number | null;
  value: number | null;
  rank: number | null;
  of: number;
  /** The leading region and its value (indicators) or score (aggregates). */
  leader: { code: string; name: string; value: number | null };
  /** Median over all regions of the value (indicators) or score (aggregates). */
  median: number | null;
}

export interface RegionsResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  focus: { code: string; name: string };
  index: RegionStanding;
  subIndices: RegionStanding[];
  indicators: RegionStanding[];
  /** Nodes where the focus region is among the first three, best rank first. */
  strengths: RegionStanding[];
  /** Nodes where it is among the last three, worst first. */
  weaknesses: RegionStanding[];
}

export function analyseRegions(data: EditionData, focus = 'ruhr'): RegionsResult {
  const f = data.result.units.indexOf(focus);
  if (f < 0) throw new RangeError(`unknown region "${focus}" in unit set ${data.unitSet}`);
  const standing = (node: string, kind: 'indicator' | 'aggregate'): RegionStanding => {
    const scores = scoresOf(data, node);
    const values = kind === 'indicator' ? data.result.denominated.get(node)! : scores;
    const ranks = ranksOf(data, node);
    const top = orderDescending(data, scores)[0]!;
    return {
      node,
      kind,
      score: finiteOrNull(scores[f]!),
      value: kind === 'indicator' ? publishable(data, f, node, values[f]!) : null,
      rank: finiteOrNull(ranks[f]!),
      of: Array.from(ranks).filter(Number.isFinite).length,
      leader: {
        code: data.units[top]!.code,
        name: data.units[top]!.name,
        value: kind === 'indicator' ? publishable(data, top, node, values[top]!) : finiteOrNull(scores[top]!),
      },
      median: finiteOrNull(quantile(values, 0.5)),
    };
  };
  const index = standing(data.structure.root, 'aggregate');
  const subIndices = subIndicesOf(data).map((n) => standing(n.code, 'aggregate'));
  const indicators = indicatorsOf(data).map((n) => standing(n.code, 'indicator'));
  const all = [...subIndices, ...indicators].filter((s) => s.rank !== null);
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    focus: { code: focus, name: data.units[f]!.name },
    index,
    subIndices,
    indicators,
    strengths: all.filter((s) => s.rank! <= 3).sort((a, b) => a.rank! - b.rank!),
    weaknesses: all.filter((s) => s.rank! > s.of - 3).sort((a, b) => b.rank! - a.rank!),
  };
}
