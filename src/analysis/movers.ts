// Change over editions: the biggest movers up and down, each marked whether its move lies outside the uncertainty.
import type { Comparison, UnitChange } from '../workflow/compareEditions.js';

export interface MoversResult {
  from: number;
  to: number;
  unitSet: string;
  synthetic: boolean;
  rule: string;
  /** Units that moved up, most places first; `meaningful` false marks a move inside the rank interval. */
  up: UnitChange[];
  down: UnitChange[];
  /** How many of all moves are meaningful. */
  meaningful: number;
  moved: number;
  units: number;
}

/** Sorts a comparison (from `compareEditions`) into the biggest moves up and down (default five each). */
export function analyseMovers(comparison: Comparison, top = 5): MoversResult {
  const moved = comparison.units.filter((u) => u.rankChange !== null && u.rankChange !== 0);
  const by = (sign: 1 | -1) =>
    moved
      .filter((u) => Math.sign(u.rankChange!) === sign)
      .sort(
        (a, b) =>
          sign * (b.rankChange! - a.rankChange!) ||
          Number(b.meaningful) - Number(a.meaningful) ||
          a.unit.localeCompare(b.unit),
      )
      .slice(0, top);
  return {
    from: comparison.from,
    to: comparison.to,
    unitSet: comparison.unitSet,
    synthetic: comparison.synthetic,
    rule: comparison.rule,
    up: by(1),
    down: by(-1),
    meaningful: comparison.units.filter((u) => u.meaningful).length,
    moved: moved.length,
    units: comparison.units.length,
  };
}
