// One edition and unit set as the API serves it: the stored spec, units and values, and the computed index.
import { analysisUnit, prepareEdition } from '../../analysis/prepare.js';
import type { EditionData } from '../../analysis/types.js';
import type { ObservedValue, Unit } from '../../model/index.js';
import { specSchema, type IndexSpec } from '../../spec/schema.js';
import type { Store } from '../../store/index.js';
import { getEdition, type Edition } from '../../store/editions.js';
import { latestComputation } from '../../store/results.js';
import { listValues } from '../../store/values.js';
import { loadEdition } from '../../workflow/loadEdition.js';

export interface Snapshot {
  edition: Edition;
  spec: IndexSpec;
  /** The computed index in the analyses' shape (units in the engine's order). */
  data: EditionData;
  /** Units of the unit set, in the engine's order (same positions as `data.units`). */
  units: Unit[];
  values: ObservedValue[];
  /** `${unit}\t${indicator}` of every indicator value that must not be published (numerator or denominator). */
  withheld: ReadonlySet<string>;
  /** ISO timestamp of the stored computation, null when the edition was never computed for the unit set. */
  computedAt: string | null;
}

/**
 * Loads an edition for a unit set and computes it in memory with the engine (deterministic, so the numbers
 * equal the stored results of `computeEdition`). Returns undefined when the edition does not exist.
 */
export async function loadSnapshot(
  store: Store,
  year: number,
  unitSet: string,
): Promise<Snapshot | undefined> {
  const edition = await getEdition(store.db, year);
  if (!edition) return undefined;
  const spec = specSchema.parse(JSON.parse(edition.specJson));
  const { structure, input, units } = await loadEdition(store, year, unitSet);
  const values = await listValues(store.db, { edition: year, unitSet });
  const confidential = new Set(
    values.filter((v) => v.confidential).map((v) => `${v.unitCode}\t${v.variable}`),
  );
  const data = prepareEdition({
    edition: year,
    unitSet,
    synthetic: edition.synthetic,
    spec,
    structure,
    input,
    units: units.map(analysisUnit),
    confidential,
  });
  const byCode = new Map(units.map((u) => [u.code, u]));
  const ordered = data.result.units.map((code) => byCode.get(code)!);
  const computation = await latestComputation(store.db, year, unitSet);
  return {
    edition,
    spec,
    data,
    units: ordered,
    values,
    withheld: withheldIndicators(structure.indicators, units, confidential),
    computedAt: computation?.computedAt ?? null,
  };
}

/** An indicator value is withheld when its numerator or its denominator is confidential. */
function withheldIndicators(
  indicators: readonly { code: string; denominator: { variable: string } | null }[],
  units: readonly Unit[],
  confidential: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  if (confidential.size === 0) return out;
  for (const unit of units) {
    for (const indicator of indicators) {
      const variables = [indicator.code, ...(indicator.denominator ? [indicator.denominator.variable] : [])];
      if (variables.some((v) => confidential.has(`${unit.code}\t${v}`)))
        out.add(`${unit.code}\t${indicator.code}`);
    }
  }
  return out;
}
