// Quantiles as R's quantile(type = 7) and median compute them, over values given in sorted order.

/**
 * R's type-7 quantile of n sorted values read through `at` (1-based): with h = 1 + (n − 1)·p,
 * lo = ⌊h⌋, hi = ⌈h⌉, it is (1 − (h − lo))·x[lo] + (h − lo)·x[hi] (x[lo] when they are equal). NaN when n = 0.
 */
export function quantileSorted(at: (position: number) => number, n: number, p: number): number {
  if (n === 0) return Number.NaN;
  const h = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const low = at(lo);
  if (!(h > lo)) return low;
  const high = at(hi);
  if (high === low) return low;
  const frac = h - lo;
  return (1 - frac) * low + frac * high;
}

/** R's median of n sorted values read through `at` (1-based): the middle one, or the mean of the two middle ones. */
export function medianSorted(at: (position: number) => number, n: number): number {
  if (n === 0) return Number.NaN;
  const half = Math.floor((n + 1) / 2);
  return n % 2 === 1 ? at(half) : (at(half) + at(half + 1)) / 2;
}

/** R's quantile(x, p, type = 7, na.rm = TRUE) of an array. */
export function quantile7(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values)
    .filter((x) => !Number.isNaN(x))
    .sort();
  return quantileSorted((k) => sorted[k - 1]!, sorted.length, p);
}
