/**
 * Group imputation (COINr's i_mean_grp, i_median_grp): a missing value gets the statistic of the present values of
 * the units in its group. A unit without a group is neither filled nor used; a group without any value stays missing.
 */
import { EngineError } from '../errors.js';

export function fillByGroup(
  values: Float64Array,
  groups: readonly (string | null)[],
  stat: (values: ArrayLike<number>) => number,
): Float64Array {
  if (groups.length !== values.length) {
    throw new EngineError(
      'imputation',
      `the group column has ${groups.length} entries for ${values.length} units`,
    );
  }
  const out = Float64Array.from(values);
  if (!values.some(Number.isNaN)) return out;
  if (groups.every((g) => g === null)) throw new EngineError('imputation', 'no unit has a group');
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    if (g === null) return;
    const rows = members.get(g);
    if (rows) rows.push(i);
    else members.set(g, [i]);
  });
  for (const rows of members.values()) {
    if (!rows.some((i) => Number.isNaN(values[i]!))) continue;
    const fill = stat(rows.map((i) => values[i]!));
    for (const i of rows) if (Number.isNaN(out[i]!)) out[i] = fill;
  }
  return out;
}
