// Row-wise aggregation as COINr's Aggregate() does it: the availability threshold first, then the mean.

/** What an aggregation function sees of one unit: its present values and their weights. */
export interface Row {
  values: number[];
  weights: number[];
  /** Number of missing inputs of the unit. */
  missing: number;
  /** Position of the unit in the columns. */
  unit: number;
}

/** Options shared by the means: availability threshold, and names for error messages. */
export interface MeanOptions {
  /** A unit gets NaN when its share of present inputs (by count, as COINr's dat_thresh) is below this. */
  minShare?: number;
  node?: string;
  units?: readonly string[];
}

/**
 * Applies `mean` to every unit. As COINr: availability is the number of present inputs over the number of
 * inputs (weights do not count), and a unit whose availability is below minShare, or with no input at all,
 * is NaN without calling `mean`.
 */
export function byRow(
  columns: readonly Float64Array[],
  weights: readonly number[],
  minShare: number,
  mean: (row: Row) => number,
): Float64Array {
  const n = columns[0]?.length ?? 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const values: number[] = [];
    const present: number[] = [];
    for (let j = 0; j < columns.length; j++) {
      const x = columns[j]![i]!;
      if (Number.isNaN(x)) continue;
      values.push(x);
      present.push(weights[j]!);
    }
    const missing = columns.length - values.length;
    const tooFew = values.length / columns.length < minShare;
    out[i] =
      tooFew || values.length === 0 ? Number.NaN : mean({ values, weights: present, missing, unit: i });
  }
  return out;
}

export function unitName(options: MeanOptions, unit: number): string {
  return options.units?.[unit] ?? `#${unit + 1}`;
}
