// The present (non-NaN) values of a column, in order: what R's na.rm = TRUE keeps.
export function presentValues(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isNaN(x)) out.push(x);
  }
  return out;
}
