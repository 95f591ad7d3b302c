// workflow: use cases that join ingestion, storage and the engine; here, storing a validated bundle.
import { createHash } from 'node:crypto';
import type { Bundle } from '../ingest/bundle.js';
import type { IndexSpec } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { replaceIndicators, upsertEdition } from '../store/editions.js';
import { hasImports } from '../store/provenance.js';
import { upsertSource } from '../store/sources.js';
import { upsertUnits, upsertUnitSet } from '../store/units.js';
import { replaceEditionValues } from '../store/values.js';

/** Which editions of the bundle were (re)loaded, and which were left as they are because imports changed them. */
export interface BundleLoad {
  loaded: number[];
  kept: number[];
}

/**
 * Stores master data, sources, specs and values of the bundle's editions in one transaction. An edition is
 * loaded when it is absent, and loaded again (its values replaced by the bundle's, so that a newer bundle
 * takes effect) as long as no import touched it. An edition that `digitalindex import` (or another import:
 * the crawl) wrote into, as its import log says, is left as it is, spec and values: the user's data win
 * over the bundle's demo data. Master data and sources are upserted (never deleted) either way.
 */
export async function importBundle(store: Store, bundle: Bundle): Promise<BundleLoad> {
  const { spec } = bundle.spec;
  const specJson = JSON.stringify(spec);
  const specHash = createHash('sha256').update(specJson).digest('hex');
  const result: BundleLoad = { loaded: [], kept: [] };
  await store.transaction(async (tx) => {
    for (const set of spec.unitSets)
      await upsertUnitSet(tx.db, { code: set.code, nameDe: set.name.de, nameEn: set.name.en });
    await upsertUnits(tx.db, bundle.units);
    for (const source of bundle.sources) await upsertSource(tx.db, source);
    for (const edition of bundle.editions) {
      if (await hasImports(tx.db, edition.year)) {
        result.kept.push(edition.year);
        continue;
      }
      await upsertEdition(tx.db, {
        year: edition.year,
        indexId: spec.id,
        indexVersion: spec.version,
        title: spec.title.de,
        specJson,
        specHash,
        synthetic: edition.values.some((v) => v.synthetic),
      });
      await replaceIndicators(tx.db, edition.year, indicatorRows(spec));
      await replaceEditionValues(tx.db, edition.year, edition.values);
      result.loaded.push(edition.year);
    }
  });
  return result;
}

function indicatorRows(spec: IndexSpec) {
  const denominators = spec.denominators.map((d) => ({
    code: d.code,
    kind: 'denominator' as const,
    nameDe: d.name.de,
    nameEn: d.name.en,
    unitDe: d.unit,
    unitEn: d.unit,
    direction: null,
    denominator: null,
    scale: null,
    parent: null,
    weight: null,
  }));
  const indicators = spec.indicators.map((i) => ({
    code: i.code,
    kind: 'indicator' as const,
    nameDe: i.name.de,
    nameEn: i.name.en,
    unitDe: i.unit.de,
    unitEn: i.unit.en,
    direction: i.direction,
    denominator: i.denominator ?? null,
    scale: i.scale ?? null,
    parent: i.parent,
    weight: i.weight,
  }));
  const aggregates = spec.aggregates.map((a) => ({
    code: a.code,
    kind: 'aggregate' as const,
    nameDe: a.name.de,
    nameEn: a.name.en,
    unitDe: null,
    unitEn: null,
    direction: null,
    denominator: null,
    scale: null,
    parent: a.parent ?? null,
    weight: a.weight,
  }));
  return [...denominators, ...indicators, ...aggregates].map((row, position) => ({ ...row, position }));
}
