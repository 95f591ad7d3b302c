/**
 * Descending ranks (1 = highest). Ties share the best rank ("min" method: 1, 2, 2, 4);
 * missing values get a NaN rank.
 */
export function rankDescending(values: Float64Array): Float64Array {
  const order = [...values.keys()].filter((i) => !Number.isNaN(values[i]!));
  order.sort((a, b) => values[b]! - values[a]!);
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const previous = k > 0 ? order[k - 1]! : -1;
    ranks[i] = k > 0 && values[previous] === values[i] ? ranks[previous]! : k + 1;
  }
  return ranks;
}
