// The gain of catching up: per unit, what reaching the median on every indicator of one sub-index would bring.
import { quantile } from '../../engine/stats/quantile.js';
import { finiteOrNull, indicatorsOf, nodeOf, ranksOf, scoresOf, valuesOf } from '../access.js';
import type { EditionData } from '../types.js';
import { rankedUnits, type RankedUnit } from '../leaders.js';
import { recompute } from './recompute.js';

export interface CatchUp {
  code: string;
  name: string;
  /** The sub-index score now and if every indicator below the median reached it. */
  nodeScore: number | null;
  nodeScoreAfter: number | null;
  index: number | null;
  indexAfter: number | null;
  indexGain: number;
  rank: number | null;
  rankAfter: number | null;
  rankGain: number;
  /** The indicators that would be raised to the median. */
  raised: string[];
}

export interface NeedResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  node: string;
  /** Units by the index points gained, largest first (units already at or above every median gain 0). */
  byGain: CatchUp[];
  /** The units with the best score of the node (the best-served), best first. */
  best: RankedUnit[];
}

export function analyseNeed(data: EditionData, node = 'infrastructure', top = 5): NeedResult {
  if (nodeOf(data, node).kind !== 'aggregate') throw new RangeError(`"${node}" is not a sub-index`);
  const root = data.structure.root;
  const indicators = indicatorsOf(data, node).map((n) => n.code);
  const direction = (code: string) => data.structure.indicators.find((i) => i.code === code)!.direction;
  const medians = new Map(indicators.map((c) => [c, quantile(valuesOf(data, c), 0.5)]));
  const index = scoresOf(data, root);
  const ranks = ranksOf(data, root);
  const nodeScores = scoresOf(data, node);
  const byGain = data.units.map((u, i): CatchUp => {
    const overrides = new Map<string, Map<number, number>>();
    for (const c of indicators) {
      const v = valuesOf(data, c)[i]!;
      const m = medians.get(c)!;
      if (Number.isFinite(m) && (!Number.isFinite(v) || (m - v) * direction(c) > 0))
        overrides.set(c, new Map([[i, m]]));
    }
    const after = overrides.size > 0 ? recompute(data, overrides) : null;
    const indexAfter = after ? after.scores.get(root)![i]! : index[i]!;
    const rankAfter = after ? after.ranks.get(root)![i]! : ranks[i]!;
    return {
      code: u.code,
      name: u.name,
      nodeScore: finiteOrNull(nodeScores[i]!),
      nodeScoreAfter: finiteOrNull(after ? after.scores.get(node)![i]! : nodeScores[i]!),
      index: finiteOrNull(index[i]!),
      indexAfter: finiteOrNull(indexAfter),
      indexGain: Number.isFinite(indexAfter - index[i]!) ? indexAfter - index[i]! : 0,
      rank: finiteOrNull(ranks[i]!),
      rankAfter: finiteOrNull(rankAfter),
      rankGain: Number.isFinite(ranks[i]! - rankAfter) ? ranks[i]! - rankAfter : 0,
      raised: [...overrides.keys()],
    };
  });
  // Gains equal up to rounding noise count as equal; then places gained decide, then the code.
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  byGain.sort(
    (a, b) =>
      (close(a.indexGain, b.indexGain) ? 0 : b.indexGain - a.indexGain) ||
      b.rankGain - a.rankGain ||
      a.code.localeCompare(b.code),
  );
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    node,
    byGain,
    best: rankedUnits(data, node).slice(0, top),
  };
}
