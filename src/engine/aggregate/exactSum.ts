// Sums of doubles rounded once, standing in for R's sum(), which accumulates in extended precision.

/**
 * The double nearest to the exact sum of the values (Shewchuk's partials, as Python's math.fsum).
 * R's sum() accumulates in 80-bit long double and rounds once at the end; for the short vectors summed
 * here that gives the same double, so ties such as "exactly half the weight" come out as in COINr.
 */
export function exactSum(values: Iterable<number>): number {
  const partials: number[] = [];
  let special = 0;
  for (let x of values) {
    if (!Number.isFinite(x)) {
      special += x;
      continue;
    }
    let k = 0;
    for (let p of partials) {
      if (Math.abs(x) < Math.abs(p)) [x, p] = [p, x];
      const hi = x + p;
      const lo = p - (hi - x);
      if (lo !== 0) partials[k++] = lo;
      x = hi;
    }
    partials.length = k;
    partials.push(x);
  }
  if (special !== 0 || Number.isNaN(special)) return special;
  return roundPartials(partials, partials.length);
}

/**
 * exactSum of values[0 … count), the same algorithm over a caller's buffer of at least `count` partials,
 * so that the means can sum every unit's terms without allocating.
 */
export function exactSumOf(values: Float64Array, count: number, partials: Float64Array): number {
  let length = 0;
  let special = 0;
  for (let i = 0; i < count; i++) {
    let x = values[i]!;
    if (!Number.isFinite(x)) {
      special += x;
      continue;
    }
    let k = 0;
    for (let j = 0; j < length; j++) {
      let p = partials[j]!;
      if (Math.abs(x) < Math.abs(p)) {
        const t = x;
        x = p;
        p = t;
      }
      const hi = x + p;
      const lo = p - (hi - x);
      if (lo !== 0) partials[k++] = lo;
      x = hi;
    }
    partials[k] = x;
    length = k + 1;
  }
  if (special !== 0 || Number.isNaN(special)) return special;
  return roundPartials(partials, length);
}

function roundPartials(partials: ArrayLike<number>, length: number): number {
  let n = length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
