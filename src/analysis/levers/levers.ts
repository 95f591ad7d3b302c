// Levers: per unit, how index and rank would change if one indicator reached the median, the best value or a target.
import { quantile } from '../../engine/stats/quantile.js';
import { finiteOrNull, indicatorsOf, isConfidential, ranksOf, scoresOf, valuesOf } from '../access.js';
import type { EditionData } from '../types.js';
import { recompute, singleOverride } from './recompute.js';

export type LeverGoal = 'median' | 'best' | 'target';

export interface Lever {
  indicator: string;
  goal: LeverGoal;
  /** The unit's value and the value it would reach (indicator units); null where confidential. */
  from: number | null;
  to: number | null;
  index: number | null;
  rank: number | null;
  /** New index minus current index (0 when the unit already reaches the goal). */
  indexGain: number;
  /** Current rank minus new rank: places gained. */
  rankGain: number;
}

export interface UnitLevers {
  code: string;
  name: string;
  index: number | null;
  rank: number | null;
  levers: Lever[];
  /** The indicator whose reaching the median gains the most index points (null when none gains). */
  biggest: Lever | null;
}

export interface LeversOptions {
  /** Which goals to evaluate (default median and best). */
  goals?: LeverGoal[];
  /** Per indicator a target value in the indicator's unit (goal 'target'). */
  targets?: Readonly<Record<string, number>>;
  /** Only these units (codes); default all. */
  units?: readonly string[];
}

export interface LeversResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  /** The Ruhr median and best value of every indicator (in its own unit); null where that is a confidential value. */
  references: { indicator: string; median: number | null; best: number | null; direction: 1 | -1 }[];
  units: UnitLevers[];
}

export function analyseLevers(data: EditionData, options: LeversOptions = {}): LeversResult {
  const goals = options.goals ?? ['median', 'best'];
  const root = data.structure.root;
  const index = scoresOf(data, root);
  const ranks = ranksOf(data, root);
  const references = indicatorsOf(data).map((n) => {
    const node = data.structure.indicators.find((i) => i.code === n.code)!;
    const values = valuesOf(data, n.code);
    const present = Array.from(values).filter(Number.isFinite);
    const median = quantile(values, 0.5);
    const best = node.direction === 1 ? Math.max(...present) : Math.min(...present);
    return { indicator: n.code, median, best, direction: node.direction };
  });
  // A median or best value that is some unit's confidential number would publish it: shown as null.
  const secret = (indicator: string, x: number) =>
    data.units.some((_, i) => isConfidential(data, i, indicator) && valuesOf(data, indicator)[i] === x);
  const published = references.map((r) => ({
    ...r,
    median: secret(r.indicator, r.median) ? null : r.median,
    best: secret(r.indicator, r.best) ? null : r.best,
  }));
  const wanted = options.units ? new Set(options.units) : null;
  const units: UnitLevers[] = [];
  data.units.forEach((u, i) => {
    if (wanted && !wanted.has(u.code)) return;
    const levers: Lever[] = [];
    for (const ref of references) {
      const current = valuesOf(data, ref.indicator)[i]!;
      for (const goal of goals) {
        const goalValue =
          goal === 'median' ? ref.median : goal === 'best' ? ref.best : options.targets?.[ref.indicator];
        if (goalValue === undefined || !Number.isFinite(goalValue)) continue;
        // A lever only pushes in the good direction: a unit beyond the goal keeps its value.
        const reached = Number.isFinite(current) && (goalValue - current) * ref.direction <= 0;
        const to = reached ? current : goalValue;
        const result = reached ? null : recompute(data, singleOverride(ref.indicator, i, to));
        const newIndex = result ? result.scores.get(root)![i]! : index[i]!;
        const newRank = result ? result.ranks.get(root)![i]! : ranks[i]!;
        const own = isConfidential(data, i, ref.indicator);
        const hidden = own || secret(ref.indicator, to);
        levers.push({
          indicator: ref.indicator,
          goal,
          from: own ? null : finiteOrNull(current),
          to: hidden ? null : to,
          index: finiteOrNull(newIndex),
          rank: finiteOrNull(newRank),
          indexGain: gain(newIndex - index[i]!),
          rankGain: gain(ranks[i]! - newRank),
        });
      }
    }
    const byMedian = levers.filter((l) => l.goal === 'median' && l.indexGain > 0);
    units.push({
      code: u.code,
      name: u.name,
      index: finiteOrNull(index[i]!),
      rank: finiteOrNull(ranks[i]!),
      levers,
      biggest: byMedian.reduce<Lever | null>((b, l) => (!b || l.indexGain > b.indexGain ? l : b), null),
    });
  });
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    references: published,
    units,
  };
}

function gain(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
