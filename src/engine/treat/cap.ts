// Capping at explicit bounds: values below `low` become `low`, values above `high` become `high`.

/** Missing stays missing; an absent bound (undefined) caps nothing on that side. */
export function cap(values: Float64Array, low: number | undefined, high: number | undefined): Float64Array {
  return values.map((x) => (low !== undefined && x < low ? low : high !== undefined && x > high ? high : x));
}
