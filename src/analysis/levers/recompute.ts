// Recomputes an edition with some indicator values replaced, through the real engine pipeline.
import { computeIndex, type IndexResult } from '../../engine/pipeline.js';
import type { EditionData } from '../types.js';

/** New values of indicators (in the indicator's own unit, after its denominator), by unit position. */
export type Overrides = ReadonlyMap<string, ReadonlyMap<number, number>>;

/**
 * The whole pipeline (imputation, treatment, normalisation, weighting, aggregation, ranks) run again on the
 * denominated indicator values with `overrides` applied. Denomination is switched off for the rerun because
 * the values already are in the indicators' units.
 */
export function recompute(data: EditionData, overrides: Overrides): IndexResult {
  const columns = new Map<string, Float64Array>();
  for (const [code, values] of data.result.denominated) {
    const changed = overrides.get(code);
    if (!changed) {
      columns.set(code, values);
      continue;
    }
    const copy = Float64Array.from(values);
    for (const [i, v] of changed) copy[i] = v;
    columns.set(code, copy);
  }
  const structure = { ...data.structure, pipeline: { ...data.structure.pipeline, denominate: false } };
  const kept = new Set(data.result.units);
  const positions = data.input.units.map((u, i) => (kept.has(u) ? i : -1)).filter((i) => i >= 0);
  const groups =
    data.input.groups &&
    new Map([...data.input.groups].map(([name, g]) => [name, positions.map((i) => g[i] ?? null)]));
  return computeIndex(structure, {
    units: data.result.units,
    columns,
    ...(groups ? { groups } : {}),
    ...(data.input.panel ? { panel: data.input.panel } : {}),
  });
}

/** One override as a map, for the common case of a single changed cell. */
export function singleOverride(indicator: string, unit: number, value: number): Overrides {
  return new Map([[indicator, new Map([[unit, value]])]]);
}
