// Computations of an edition for a unit set, and their result rows; saving again replaces the earlier one.
import type { Kysely, Selectable } from 'kysely';
import type { ResultRow, ResultStage, UnitSetCode } from '../model/index.js';
import { batches } from './batch.js';
import { oneOf, toNumber } from './columns.js';
import { StoreError } from './errors.js';
import type { ComputationTable, Database, ResultTable } from './schema.js';
import { inTransaction } from './transaction.js';

export interface ComputationInput {
  edition: number;
  unitSet: UnitSetCode;
  specHash: string;
  /** The methods and parameters used, as JSON. */
  methodJson: string;
  engineVersion: string;
}

export interface Computation extends ComputationInput {
  id: number;
  /** ISO timestamp. */
  computedAt: string;
}

const STAGES: Record<ResultStage, true> = { denominated: true, normalised: true, aggregated: true };

/**
 * Saves a computation and its rows, first deleting every earlier computation of the same edition and unit
 * set, so saving twice leaves one. Returns the new computation's id. Rows must match edition and unit set.
 */
export async function saveComputation(
  db: Kysely<Database>,
  computation: ComputationInput,
  rows: readonly ResultRow[],
): Promise<number> {
  const { edition, unitSet } = computation;
  const stray = rows.find((r) => r.edition !== edition || r.unitSet !== unitSet);
  if (stray) {
    throw new StoreError(
      `result ${stray.unitCode}/${stray.node} is of ${stray.edition}/${stray.unitSet}, not ${edition}/${unitSet}`,
    );
  }
  return inTransaction(db, async (trx) => {
    const earlier = trx
      .selectFrom('computations')
      .select('id')
      .where('edition', '=', edition)
      .where('unit_set', '=', unitSet);
    await trx.deleteFrom('results').where('computation_id', 'in', earlier).execute();
    await trx
      .deleteFrom('computations')
      .where('edition', '=', edition)
      .where('unit_set', '=', unitSet)
      .execute();
    const { id } = await trx
      .insertInto('computations')
      .values({
        edition,
        unit_set: unitSet,
        spec_hash: computation.specHash,
        method_json: computation.methodJson,
        computed_at: new Date().toISOString(),
        engine_version: computation.engineVersion,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const batch of batches(rows)) {
      await trx
        .insertInto('results')
        .values(batch.map((r) => toRow(id, r)))
        .execute();
    }
    return id;
  });
}

/** The newest computation of an edition for a unit set, if there is one. */
export async function latestComputation(
  db: Kysely<Database>,
  edition: number,
  unitSet: UnitSetCode,
): Promise<Computation | undefined> {
  const row = await db
    .selectFrom('computations')
    .selectAll()
    .where('edition', '=', edition)
    .where('unit_set', '=', unitSet)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && fromComputationRow(row);
}

/** The rows of the newest computation, ordered by unit code, node, then stage; empty if none was saved. */
export async function latestResults(
  db: Kysely<Database>,
  edition: number,
  unitSet: UnitSetCode,
): Promise<ResultRow[]> {
  const rows = await db
    .selectFrom('results')
    .selectAll()
    .where('computation_id', '=', (eb) =>
      eb
        .selectFrom('computations')
        .select((c) => c.fn.max('id').as('id'))
        .where('edition', '=', edition)
        .where('unit_set', '=', unitSet),
    )
    .orderBy('unit_code')
    .orderBy('node')
    .orderBy('stage')
    .execute();
  return rows.map(fromRow);
}

function toRow(computationId: number, r: ResultRow): ResultTable {
  return {
    computation_id: computationId,
    edition: r.edition,
    unit_set: r.unitSet,
    unit_code: r.unitCode,
    node: r.node,
    stage: r.stage,
    value: toNumber(r.value),
    rank: toNumber(r.rank),
  };
}

function fromRow(r: Selectable<ResultTable>): ResultRow {
  return {
    edition: r.edition,
    unitSet: r.unit_set,
    unitCode: r.unit_code,
    node: r.node,
    stage: oneOf(STAGES, r.stage, 'results.stage'),
    value: r.value,
    rank: r.rank,
  };
}

function fromComputationRow(r: Selectable<ComputationTable>): Computation {
  return {
    id: r.id,
    edition: r.edition,
    unitSet: r.unit_set,
    specHash: r.spec_hash,
    methodJson: r.method_json,
    computedAt: r.computed_at,
    engineVersion: r.engine_version,
  };
}
