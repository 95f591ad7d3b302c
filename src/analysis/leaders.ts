// Leaders and laggards: front-runners above the index mean, the top and bottom of every node, units with none.
import { mean } from '../engine/stats/mean.js';
import { quantile } from '../engine/stats/quantile.js';
import {
  finiteOrNull,
  indicatorsOf,
  isConfidential,
  orderDescending,
  publishable,
  ranksOf,
  rawOf,
  rootOf,
  scoresOf,
  subIndicesOf,
  valuesOf,
} from './access.js';
import type { EditionData } from './types.js';

export interface RankedUnit {
  code: string;
  name: string;
  /** The node's score (0–100 for min-max). */
  score: number | null;
  rank: number | null;
  /** For indicators: the value in the indicator's unit (null when confidential). */
  value: number | null;
}

export interface NodeLeaders {
  node: string;
  kind: 'indicator' | 'aggregate';
  /** Mean and median over the units: of scores for aggregates, of values for indicators. */
  mean: number | null;
  median: number | null;
  leaders: RankedUnit[];
  laggards: RankedUnit[];
}

export interface NoneOf {
  indicator: string;
  /** Units whose indicator value is exactly zero (e.g. no start-ups), by name. */
  units: { code: string; name: string }[];
  count: number;
  /** count / number of units with a value. */
  share: number;
}

export interface LeadersResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  root: string;
  /** The unweighted mean of the index over all units (the "Ruhr average"). */
  mean: number;
  /** Units whose index lies above the mean, best first. */
  frontRunners: RankedUnit[];
  /** The distance from the last front-runner to the first unit below the mean (null without both). */
  gap: number | null;
  /** Every unit in rank order. */
  ranking: RankedUnit[];
  subIndices: NodeLeaders[];
  indicators: NodeLeaders[];
  noneOf: NoneOf[];
}

export interface LeadersOptions {
  /** How many leaders and laggards per node (default 3). */
  top?: number;
}

export function analyseLeaders(data: EditionData, options: LeadersOptions = {}): LeadersResult {
  const top = options.top ?? 3;
  const root = rootOf(data).code;
  const ranking = rankedUnits(data, root);
  const average = mean(scoresOf(data, root));
  const frontRunners = ranking.filter((u) => u.score !== null && u.score > average);
  const firstBelow = ranking[frontRunners.length];
  const last = frontRunners.at(-1);
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    root,
    mean: average,
    frontRunners,
    gap: last?.score != null && firstBelow?.score != null ? last.score - firstBelow.score : null,
    ranking,
    subIndices: subIndicesOf(data).map((n) => nodeLeaders(data, n.code, 'aggregate', top)),
    indicators: indicatorsOf(data).map((n) => nodeLeaders(data, n.code, 'indicator', top)),
    noneOf: indicatorsOf(data).map((n) => noneOf(data, n.code)),
  };
}

/** Every unit with its score, rank and (for indicators) value, best first. */
export function rankedUnits(data: EditionData, node: string): RankedUnit[] {
  const scores = scoresOf(data, node);
  const ranks = ranksOf(data, node);
  const values = data.result.denominated.get(node);
  return orderDescending(data, scores).map((i) => ({
    code: data.units[i]!.code,
    name: data.units[i]!.name,
    score: finiteOrNull(scores[i]!),
    rank: finiteOrNull(ranks[i]!),
    value: values ? publishable(data, i, node, values[i]!) : null,
  }));
}

function nodeLeaders(
  data: EditionData,
  node: string,
  kind: 'indicator' | 'aggregate',
  top: number,
): NodeLeaders {
  const ranked = rankedUnits(data, node).filter((u) => u.rank !== null);
  const column = kind === 'indicator' ? valuesOf(data, node) : scoresOf(data, node);
  return {
    node,
    kind,
    mean: finiteOrNull(mean(column)),
    median: finiteOrNull(quantile(column, 0.5)),
    leaders: ranked.slice(0, top),
    laggards: ranked.slice(Math.max(top, ranked.length - top)).reverse(),
  };
}

/** Units with none of an indicator: its numerator (the raw count or share) is exactly zero. */
export function noneOf(data: EditionData, indicator: string): NoneOf {
  const raw = rawOf(data, indicator);
  const units: { code: string; name: string }[] = [];
  let present = 0;
  raw.forEach((x, i) => {
    if (Number.isNaN(x) || isConfidential(data, i, indicator)) return;
    present++;
    if (x === 0) units.push({ code: data.units[i]!.code, name: data.units[i]!.name });
  });
  units.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { indicator, units, count: units.length, share: present === 0 ? 0 : units.length / present };
}
