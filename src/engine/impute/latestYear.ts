/**
 * Panel imputation by the latest available time point (COINr's impute_panel, imp_type = "latest"): a unit's missing
 * value at the target time gets its most recent observed value from an earlier time point of the panel, looking back
 * at most `maxTime` time points of the panel (COINr's max_time; all by default). Only observed values are carried
 * (earlier imputations are not chained); units are matched by code, so the slices may hold different units.
 */
import { EngineError } from '../errors.js';

/** The data of one time point (edition): indicator columns over its units. */
export interface PanelSlice {
  time: number;
  units: readonly string[];
  columns: ReadonlyMap<string, Float64Array>;
}

export interface LatestYearFill {
  indicator: string;
  unit: string;
  /** Row of the unit in the target slice. */
  row: number;
  /** Time point the value was taken from. */
  from: number;
}

export function imputeLatestYear(
  target: PanelSlice,
  panel: readonly PanelSlice[],
  maxTime = Infinity,
): { columns: Map<string, Float64Array>; filled: LatestYearFill[] } {
  if (!(maxTime >= 1)) throw new EngineError('imputation', `maxTime must be at least 1, not ${maxTime}`);
  const earlier = panel.filter((slice) => slice.time < target.time).sort((a, b) => b.time - a.time);
  earlier.forEach((slice, k) => {
    if (k > 0 && slice.time === earlier[k - 1]!.time) {
      throw new EngineError('imputation', `the panel has time point ${slice.time} twice`);
    }
  });
  const window = earlier
    .slice(0, maxTime)
    .map((slice) => ({ slice, rowOf: new Map(slice.units.map((u, i) => [u, i])) }));
  const columns = new Map<string, Float64Array>();
  const filled: LatestYearFill[] = [];
  for (const [indicator, values] of target.columns) {
    const out = Float64Array.from(values);
    target.units.forEach((unit, row) => {
      if (!Number.isNaN(out[row]!)) return;
      for (const { slice, rowOf } of window) {
        const i = rowOf.get(unit);
        const x = i === undefined ? Number.NaN : (slice.columns.get(indicator)?.[i] ?? Number.NaN);
        if (Number.isNaN(x)) continue;
        out[row] = x;
        filled.push({ indicator, unit, row, from: slice.time });
        break;
      }
    });
    columns.set(indicator, out);
  }
  return { columns, filled };
}
