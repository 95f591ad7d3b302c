// Computes one edition for one unit set from stored values and stores the results.
import { computeIndex, type IndexResult } from '../engine/pipeline.js';
import type { DataMatrix } from '../engine/matrix.js';
import type { ObservedValue, ResultRow } from '../model/index.js';
import { resolveStructure } from '../spec/resolve.js';
import { specSchema, type IndexSpec } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { StoreError } from '../store/errors.js';
import { saveComputation } from '../store/results.js';
import { listUnits } from '../store/units.js';
import { listValues } from '../store/values.js';

export const ENGINE_VERSION = '0.1.0';

export async function computeEdition(store: Store, edition: number, unitSet: string): Promise<IndexResult> {
  const stored = await getEdition(store.db, edition);
  if (!stored) throw new StoreError(`edition ${edition} is not in the database`);
  const spec: IndexSpec = specSchema.parse(JSON.parse(stored.specJson));
  const structure = resolveStructure(spec);
  const units = (await listUnits(store.db, unitSet)).map((u) => u.code);
  const values = await listValues(store.db, { edition, unitSet });
  const result = computeIndex(structure, toMatrix(units, values));
  await store.transaction(async (tx) => {
    await saveComputation(
      tx.db,
      {
        edition,
        unitSet,
        specHash: stored.specHash,
        methodJson: JSON.stringify(spec.pipeline),
        engineVersion: ENGINE_VERSION,
      },
      resultRows(edition, unitSet, result),
    );
  });
  return result;
}

export function toMatrix(units: readonly string[], values: readonly ObservedValue[]): DataMatrix {
  const position = new Map(units.map((code, i) => [code, i]));
  const columns = new Map<string, Float64Array>();
  for (const v of values) {
    const i = position.get(v.unitCode);
    if (i === undefined) continue;
    if (!columns.has(v.variable)) columns.set(v.variable, new Float64Array(units.length).fill(Number.NaN));
    columns.get(v.variable)![i] = v.value ?? Number.NaN;
  }
  return { units, columns };
}

function resultRows(edition: number, unitSet: string, result: IndexResult): ResultRow[] {
  const rows: ResultRow[] = [];
  const push = (stage: ResultRow['stage'], node: string, values: Float64Array, ranks?: Float64Array) => {
    result.units.forEach((unitCode, i) =>
      rows.push({
        edition,
        unitSet,
        unitCode,
        node,
        stage,
        value: finiteOrNull(values[i]!),
        rank: ranks ? finiteOrNull(ranks[i]!) : null,
      }),
    );
  };
  for (const [code, values] of result.denominated) push('denominated', code, values);
  for (const [code, values] of result.scores) {
    push(result.normalised.has(code) ? 'normalised' : 'aggregated', code, values, result.ranks.get(code));
  }
  return rows;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
