// Splits long inserts so that no statement binds too many parameters (SQLite's limit is the lowest).

/** Rows per INSERT statement; at 11 columns that is 5,500 parameters, well inside every dialect's limit. */
export const BATCH_ROWS = 500;

export function batches<T>(items: readonly T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
