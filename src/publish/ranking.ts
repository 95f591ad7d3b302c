// publish: turns stored results into what users see; here, the ranking document of one edition.
import type { IndexSpec } from '../spec/schema.js';
import { specSchema } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { StoreError } from '../store/errors.js';
import { latestResults } from '../store/results.js';
import { listUnits } from '../store/units.js';

export interface RankedUnit {
  code: string;
  name: string;
  rank: number | null;
  index: number | null;
  subIndices: Record<string, number | null>;
}

export interface RankingDocument {
  edition: number;
  synthetic: boolean;
  title: string;
  subIndices: { code: string; de: string; en: string }[];
  municipalities: RankedUnit[];
  regions: RankedUnit[];
  provenance: { indexId: string; indexVersion: string; specHash: string };
}

export async function buildRanking(store: Store, edition: number): Promise<RankingDocument> {
  const stored = await getEdition(store.db, edition);
  if (!stored) throw new StoreError(`edition ${edition} is not in the database`);
  const spec = specSchema.parse(JSON.parse(stored.specJson));
  const root = spec.aggregates.find((a) => !a.parent)!;
  const subIndices = spec.aggregates.filter((a) => a.parent === root.code);
  return {
    edition,
    synthetic: stored.synthetic,
    title: spec.title.de,
    subIndices: subIndices.map((s) => ({ code: s.code, ...s.name })),
    municipalities: await rankedUnits(store, spec, edition, 'municipalities'),
    regions: await rankedUnits(store, spec, edition, 'regions'),
    provenance: { indexId: spec.id, indexVersion: spec.version, specHash: stored.specHash },
  };
}

async function rankedUnits(
  store: Store,
  spec: IndexSpec,
  edition: number,
  unitSet: string,
): Promise<RankedUnit[]> {
  const root = spec.aggregates.find((a) => !a.parent)!.code;
  const subCodes = spec.aggregates.filter((a) => a.parent === root).map((a) => a.code);
  const names = new Map((await listUnits(store.db, unitSet)).map((u) => [u.code, u.name]));
  const byUnit = new Map<string, RankedUnit>();
  for (const row of await latestResults(store.db, edition, unitSet)) {
    if (row.stage !== 'aggregated') continue;
    let unit = byUnit.get(row.unitCode);
    if (!unit) {
      unit = {
        code: row.unitCode,
        name: names.get(row.unitCode) ?? row.unitCode,
        rank: null,
        index: null,
        subIndices: Object.fromEntries(subCodes.map((code) => [code, null])),
      };
      byUnit.set(row.unitCode, unit);
    }
    if (row.node === root) {
      unit.index = row.value;
      unit.rank = row.rank;
    } else if (subCodes.includes(row.node)) {
      unit.subIndices[row.node] = row.value;
    }
  }
  return [...byUnit.values()].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code),
  );
}
