// Reads one edition and unit set from the store as the engine needs them: the structure and the input columns.
import type { PipelineInput } from '../engine/pipeline.js';
import type { IndexStructure } from '../engine/structure.js';
import type { Unit } from '../model/index.js';
import { resolveStructure } from '../spec/resolve.js';
import { specSchema } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { StoreError } from '../store/errors.js';
import { listUnits } from '../store/units.js';
import { listValues } from '../store/values.js';
import { toMatrix } from './computeEdition.js';

/** The edition's resolved structure and values over the unit set, with the units' district and type as groups. */
export async function loadEdition(
  store: Store,
  edition: number,
  unitSet: string,
): Promise<{ structure: IndexStructure; input: PipelineInput; units: Unit[] }> {
  const stored = await getEdition(store.db, edition);
  if (!stored) throw new StoreError(`edition ${edition} is not in the database`);
  const structure = resolveStructure(specSchema.parse(JSON.parse(stored.specJson)));
  const units = await listUnits(store.db, unitSet);
  if (units.length === 0) throw new StoreError(`the database has no units in unit set "${unitSet}"`);
  const values = await listValues(store.db, { edition, unitSet });
  const matrix = toMatrix(
    units.map((u) => u.code),
    values,
  );
  const groups = new Map([
    ['district', units.map((u) => u.district)],
    ['type', units.map((u) => u.type)],
  ]);
  return { structure, input: { ...matrix, groups }, units };
}
