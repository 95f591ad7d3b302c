/** Divides each value by its denominator and multiplies by scale (e.g. per 100,000 inhabitants). */
export function denominate(values: Float64Array, denominator: Float64Array, scale: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const d = denominator[i]!;
    out[i] = d === 0 ? Number.NaN : (values[i]! / d) * scale;
  }
  return out;
}
