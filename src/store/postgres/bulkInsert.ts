// Bulk insert on PostgreSQL: COPY … FROM STDIN, and for large loads foreign keys checked once at the end.
import { CompiledQuery, type Kysely } from 'kysely';
import { copyLines, CopyFromStdin, copySql, type CopyField } from './copy.js';
import { dropForeignKeys, estimatedRows, restoreForeignKeys } from './foreignKeys.js';

/**
 * From this many rows on, and when the table holds at most `VALIDATION_RATIO` times the rows being loaded, the
 * table's foreign keys are dropped for the COPY and added back after it. Checking the three keys row by row
 * took about 30 µs of server CPU per row, adding them back (one pass each) about 1 µs per row of the whole
 * table (measured on 1,000,000 rows); the ratio leaves a margin.
 */
export const BULK_VALIDATION_MIN_ROWS = 20_000;
export const VALIDATION_RATIO = 10;
/** Most rows held back (as COPY text, about 100 bytes each) while deciding. */
export const MAX_DECISION_ROWS = 200_000;

/**
 * Copies `batches` into `table` within the transaction `trx` (which must be one); returns the number of rows.
 * The first batches are held back until the load is known to be large (or the source ends), to decide
 * whether to check foreign keys once at the end rather than per row.
 */
export async function copyIntoTable<DB>(
  trx: Kysely<DB>,
  table: string,
  columns: readonly string[],
  batches: AsyncIterable<readonly (readonly CopyField[])[]>,
): Promise<number> {
  const iterator = batches[Symbol.asyncIterator]();
  let exhausted = false;
  const next = async () => {
    const item = await iterator.next().catch((error: unknown) => {
      exhausted = true;
      throw error;
    });
    if (item.done) exhausted = true;
    return item.done ? undefined : item.value;
  };
  try {
    const held: Buffer[] = [];
    let heldRows = 0;
    const tableRows = await estimatedRows(trx, table);
    const large = () => heldRows >= BULK_VALIDATION_MIN_ROWS && heldRows * VALIDATION_RATIO >= tableRows;
    while (!exhausted && !large() && heldRows < MAX_DECISION_ROWS) {
      const batch = await next();
      if (batch === undefined) break;
      held.push(copyLines(batch));
      heldRows += batch.length;
    }

    let count = heldRows;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let chunk = held.shift(); chunk !== undefined; chunk = held.shift()) yield chunk;
      for (let batch = await next(); batch !== undefined; batch = await next()) {
        count += batch.length;
        yield copyLines(batch);
      }
    }

    const keys = large() ? await dropForeignKeys(trx, table) : [];
    await trx.executeQuery(CompiledQuery.raw(copySql(table, columns), [new CopyFromStdin(chunks())]));
    await restoreForeignKeys(trx, table, keys);
    return count;
  } finally {
    // Lets the source close its files when the COPY stopped before reading it to the end.
    if (!exhausted) await iterator.return?.();
  }
}
