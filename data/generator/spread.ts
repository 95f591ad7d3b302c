// data/generator: spreads the municipalities other than the seven front-runners smoothly below the Ruhr average.
import { computeIndex } from '../../src/engine/pipeline.js';
import type { IndexStructure } from '../../src/engine/structure.js';
import * as design from './design.js';
import type { Place } from './municipal-model.js';
import { buildMatrix, placeIndex, rangesOf, type Ranges } from './scoring.js';
import type { UnitValues } from './types.js';

/** Sets a municipality's maturity-driven values for its rule-based maturity plus a residual. */
export type SetMaturity = (p: Place, residual: number) => void;

/** Largest residual maturity the calibration may give (the rules' maturity runs from about 0 to 1). */
const MAX_RESIDUAL = 1.2;
/** Min-max ranges move when values move; a few passes let ranges and targets settle. */
const PASSES = 4;

/**
 * Finding 1 leaves little room: the seven front-runners are the only ones above the mean of all 53, so
 * they must lift it by exactly as much as the other 46 lie below it in total. A bell-shaped spread of
 * the 46, as the rules with independent noise give it, puts its best towns too close to the average or
 * its mean too far below. So the rules decide the order of the 46 (their index with the rules'
 * maturity) and the calibration gives each a residual maturity, the part of its digital maturity the
 * rules do not explain, such that its index lands on a smooth spread of that order (design.SPREAD):
 * a broad band just below the average and a thinner tail of laggards.
 */
export function spreadBelowAverage(
  places: readonly Place[],
  values: Map<string, UnitValues>,
  structure: IndexStructure,
  setMaturity: SetMaturity,
): void {
  const leaders = places.filter((p) => p.leader);
  const others = places.filter((p) => !p.leader);
  const ranges = () => rangesOf(computeIndex(structure, buildMatrix(places, values)));
  const score = (p: Place, r: Ranges) => placeIndex(structure, values.get(p.ags)!, r);

  const initial = ranges();
  const ruleScores = new Map(others.map((p) => [p.ags, score(p, initial)]));
  const order = [...others].sort((a, b) => ruleScores.get(b.ags)! - ruleScores.get(a.ags)!);
  const depths = order.map((_, k) => depthBelowAverage(k / (order.length - 1)));
  const totalDepth = depths.reduce((a, b) => a + b, 0);

  for (let pass = 0; pass < PASSES; pass++) {
    const r = ranges();
    // The mean of all 53 is (leaders + Σ (mean − depth)) / 53, hence mean = (leaders − Σ depth) / 7.
    const leaderSum = leaders.reduce((sum, p) => sum + score(p, r), 0);
    const average = (leaderSum - totalDepth) / leaders.length;
    order.forEach((p, k) => {
      const residual = solve((x) => {
        setMaturity(p, x);
        return score(p, r);
      }, average - depths[k]!);
      setMaturity(p, residual);
    });
  }
}

/** Index points below the Ruhr average at a position: a broad band below the gap, then a thinner tail. */
function depthBelowAverage(position: number): number {
  const { gap, band, bandShare, tail } = design.SPREAD;
  if (position <= bandShare) return gap + (band * position) / bandShare;
  return gap + band + (tail * (position - bandShare)) / (1 - bandShare);
}

/** Bisection for the residual that brings an increasing score closest to the target. */
function solve(score: (residual: number) => number, target: number): number {
  let [low, high] = [-MAX_RESIDUAL, MAX_RESIDUAL];
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (score(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
