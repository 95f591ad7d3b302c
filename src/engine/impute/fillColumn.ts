// Column-wise imputation: every missing value gets one statistic of the column's present values (COINr's i_mean, i_median).

/** A copy of the column with NaN replaced by stat(present values); a column without any value stays missing. */
export function fillColumn(values: Float64Array, stat: (values: ArrayLike<number>) => number): Float64Array {
  const out = Float64Array.from(values);
  if (!values.some(Number.isNaN)) return out;
  const fill = stat(values);
  for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i]!)) out[i] = fill;
  return out;
}
