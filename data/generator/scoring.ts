// data/generator: turns generated values into engine input and scores single units the way the engine does.
import type { IndexResult } from '../../src/engine/pipeline.js';
import type { DataMatrix } from '../../src/engine/matrix.js';
import type { IndexStructure, IndicatorNode } from '../../src/engine/structure.js';
import { ONE_DECIMAL, round, VARIABLES, type Indicator, type UnitValues, type Variable } from './types.js';

/** Per indicator: the lowest and highest value after the direction is applied (the min-max range). */
export type Ranges = Map<string, [number, number]>;

/** The engine's input for the municipalities: one column per variable, units in master-data order. */
export function buildMatrix(units: readonly { ags: string }[], values: Map<string, UnitValues>): DataMatrix {
  const codes = units.map((u) => u.ags);
  const columns = new Map<string, Float64Array>();
  for (const variable of VARIABLES) {
    columns.set(
      variable,
      Float64Array.from(codes, (code) => values.get(code)![variable]),
    );
  }
  return { units: codes, columns };
}

function node(structure: IndexStructure, code: Indicator): IndicatorNode {
  const found = structure.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`indicator ${code} is not in the spec`);
  return found;
}

/** The indicator's value in its own unit (e.g. per 100,000 inhabitants), as the engine computes it. */
export function indicatorRate(v: UnitValues, structure: IndexStructure, code: Indicator): number {
  const { denominator } = node(structure, code);
  if (!denominator) return v[code];
  return (v[code] / v[denominator.variable as Variable]) * denominator.scale;
}

/** Sets the numerator so that the indicator has (about) the given rate; counts are rounded. */
export function setIndicatorRate(
  v: UnitValues,
  structure: IndexStructure,
  code: Indicator,
  rate: number,
): void {
  const { denominator } = node(structure, code);
  const raw = denominator ? (rate * v[denominator.variable as Variable]) / denominator.scale : rate;
  v[code] = round(raw, ONE_DECIMAL.has(code) ? 1 : 0);
}

export function rangesOf(result: IndexResult): Ranges {
  const ranges: Ranges = new Map();
  for (const [code, column] of result.denominated) {
    const present = [...column].filter((x) => !Number.isNaN(x));
    ranges.set(code, [Math.min(...present), Math.max(...present)]);
  }
  return ranges;
}

/**
 * The index score of one unit against fixed min-max ranges: normalise each indicator, then aggregate
 * the tree with weighted arithmetic means. Matches the engine for the bundled spec (minmax 0–100,
 * arithmetic), which the generator verifies afterwards with the engine itself.
 */
export function placeIndex(structure: IndexStructure, v: UnitValues, ranges: Ranges): number {
  const scores = new Map<string, number>();
  for (const indicator of structure.indicators) {
    const [min, max] = rangeWithDirection(ranges.get(indicator.code)!, indicator.direction);
    const x = indicator.direction * indicatorRate(v, structure, indicator.code as Indicator);
    scores.set(indicator.code, max === min ? 50 : ((x - min) / (max - min)) * 100);
  }
  const weightOf = (code: string) =>
    (structure.indicators.find((i) => i.code === code) ?? structure.aggregates.find((a) => a.code === code))!
      .weight;
  for (const aggregate of structure.aggregates) {
    const weights = aggregate.children.map(weightOf);
    const sum = aggregate.children.reduce((acc, child, i) => acc + weights[i]! * scores.get(child)!, 0);
    scores.set(aggregate.code, sum / weights.reduce((a, b) => a + b, 0));
  }
  return scores.get(structure.root)!;
}

function rangeWithDirection([min, max]: [number, number], direction: 1 | -1): [number, number] {
  return direction === 1 ? [min, max] : [-max, -min];
}
