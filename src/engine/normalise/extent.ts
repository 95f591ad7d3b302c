// The smallest and largest present values of a column and how many are present.
export interface Extent {
  min: number;
  max: number;
  /** Number of present (non-NaN) values; min and max are NaN when it is 0. */
  count: number;
}

export function extent(values: ArrayLike<number>): Extent {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    count++;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return count === 0 ? { min: Number.NaN, max: Number.NaN, count } : { min, max, count };
}

/** Applies f to every present value; missing values stay missing. */
export function mapPresent(values: Float64Array, f: (x: number) => number): Float64Array {
  return values.map((x) => (Number.isNaN(x) ? Number.NaN : f(x)));
}
