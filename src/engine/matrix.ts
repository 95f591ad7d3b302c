/** Columns of numbers over a list of units; NaN marks a missing value. */
export interface DataMatrix {
  units: readonly string[];
  columns: ReadonlyMap<string, Float64Array>;
}

export function column(matrix: DataMatrix, code: string): Float64Array | undefined {
  return matrix.columns.get(code);
}

export function isPresent(x: number): boolean {
  return !Number.isNaN(x);
}
