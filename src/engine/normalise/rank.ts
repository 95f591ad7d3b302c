// Ascending ranks with ties at the lowest rank, COINr's n_rank: rank(x, ties.method = "min", na.last = "keep").

/** 1 for the smallest present value; tied values share the smallest rank (1, 2, 2, 4); missing stays NaN. */
export function rankAscending(values: Float64Array): Float64Array {
  const order = [...values.keys()].filter((i) => !Number.isNaN(values[i]!));
  order.sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    ranks[i] = k > 0 && values[previous] === values[i] ? ranks[previous]! : k + 1;
  }
  return ranks;
}
