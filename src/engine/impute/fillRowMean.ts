/**
 * Row-wise imputation, as COINr's Impute(impute_by = "row", f_i = "i_mean", group_level, normalise_first): a unit's
 * missing value gets the mean of its present values of the other indicators in the same group. With normalisation
 * (COINr's default for rows) each column is first turned by its direction and scaled by min-max to [0, 1], the mean is
 * taken on that scale and mapped back: x = dir * (m * (max - min) + min). A column without range contributes nothing
 * (0 / 0), and its missing values get its constant; a unit with no usable value in the group stays missing.
 */
import { mean } from '../stats/mean.js';

export function fillRowMean(
  columns: readonly Float64Array[],
  groupOf: readonly string[],
  directions: readonly (1 | -1)[] | null,
): Float64Array[] {
  const scales = columns.map((values, j) => (directions ? unitScale(values, directions[j]!) : null));
  const scaled = columns.map((values, j) => (scales[j] ? values.map((x) => scales[j]!.to(x)) : values));
  const out = columns.map((values) => Float64Array.from(values));
  const rows = columns[0]?.length ?? 0;
  for (const members of groups(groupOf)) {
    for (let i = 0; i < rows; i++) {
      if (!members.some((j) => Number.isNaN(columns[j]![i]!))) continue;
      const m = mean(members.map((j) => scaled[j]![i]!));
      if (Number.isNaN(m)) continue;
      for (const j of members) {
        if (Number.isNaN(columns[j]![i]!)) out[j]![i] = scales[j] ? scales[j].from(m) : m;
      }
    }
  }
  return out;
}

interface UnitScale {
  to(x: number): number;
  from(v: number): number;
}

/** Direction and min-max to [0, 1], and back, with IEEE arithmetic as in R (an empty column has min Inf, max -Inf). */
function unitScale(values: Float64Array, direction: 1 | -1): UnitScale {
  let min = Infinity;
  let max = -Infinity;
  for (const x of values) {
    if (Number.isNaN(x)) continue;
    const y = x * direction;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return {
    to: (x) => (x * direction - min) / (max - min),
    from: (v) => (v * (max - min) + min) * direction,
  };
}

function groups(groupOf: readonly string[]): number[][] {
  const members = new Map<string, number[]>();
  groupOf.forEach((g, j) => {
    const list = members.get(g);
    if (list) list.push(j);
    else members.set(g, [j]);
  });
  return [...members.values()];
}
