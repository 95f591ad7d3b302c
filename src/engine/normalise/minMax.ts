/**
 * Min-max normalisation of the present values to [low, high]. With zero range every present value
 * maps to the middle of the range; missing (NaN) stays missing.
 */
export function minMax(values: Float64Array, low = 0, high = 100): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const x of values) {
    if (Number.isNaN(x)) continue;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const out = new Float64Array(values.length);
  const range = max - min;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    out[i] = Number.isNaN(x)
      ? Number.NaN
      : range === 0
        ? (low + high) / 2
        : ((x - min) / range) * (high - low) + low;
  }
  return out;
}
