// The I/O edge of the analyses: reads an edition (and boundaries, if imported) from the store into EditionData.
import { loadBoundaries } from '../geodata/boundaries.js';
import { neighbours } from '../geodata/neighbours.js';
import { specSchema } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { listValues } from '../store/values.js';
import { chooseEdition } from '../workflow/import/existingStore.js';
import { loadEdition } from '../workflow/loadEdition.js';
import { analysisUnit, prepareEdition } from './prepare.js';
import type { EditionData } from './types.js';

/** The edition `year` (latest when undefined) of a unit set, computed, with unit metadata and confidential cells. */
export async function loadEditionData(
  store: Store,
  year: number | undefined,
  unitSet = 'municipalities',
): Promise<EditionData> {
  const edition = await chooseEdition(store, year);
  const { structure, input, units } = await loadEdition(store, edition.year, unitSet);
  const values = await listValues(store.db, { edition: edition.year, unitSet });
  const confidential = new Set(
    values.filter((v) => v.confidential).map((v) => `${v.unitCode}\t${v.variable}`),
  );
  return prepareEdition({
    edition: edition.year,
    unitSet,
    synthetic: edition.synthetic,
    spec: specSchema.parse(JSON.parse(edition.specJson)),
    structure,
    input,
    units: units.map(analysisUnit),
    confidential,
  });
}

/** Pairs of units sharing a border, from imported boundaries; null when none are imported. */
export async function loadNeighbourPairs(
  store: Store,
  unitSet = 'municipalities',
): Promise<[string, string][] | null> {
  const boundaries = await loadBoundaries(store.db, unitSet);
  if (boundaries.length < 2) return null;
  const tolerance = Math.max(1, ...boundaries.map((b) => b.simplifyToleranceM));
  return neighbours(boundaries, { toleranceM: tolerance });
}
