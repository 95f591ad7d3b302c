// Writes iMeta's structure as an index spec with COINr's usual pipeline (winsorise, min-max 0–100, arithmetic mean).
import type { IMetaRow } from './iMeta.js';

export interface CoinrSpecOptions {
  id: string;
  /** Names the data's origin in the spec's sources. */
  dataFile: string;
}

/** COINr's default methods, as `Treat`, `Normalise` and `Aggregate` apply them without arguments. */
export const COINR_PIPELINE = {
  screening: { method: 'none' },
  denominate: false,
  imputation: { method: 'none' },
  treatment: { method: 'winsorise' },
  normalisation: { method: 'minmax', low: 0, high: 100 },
  weights: { method: 'explicit' },
  aggregation: { method: 'arithmetic' },
  minShareAvailable: 0,
};

export function coinrSpec(meta: readonly IMetaRow[], options: CoinrSpecOptions) {
  const both = (text: string) => ({ de: text, en: text });
  const source = { publisher: 'COINr iData', title: options.dataFile };
  const root = meta.find((r) => r.type === 'Aggregate' && r.parent === null)!;
  return {
    id: options.id,
    version: '1',
    title: both(root.name),
    unitSets: [{ code: 'units', name: { de: 'Einheiten', en: 'Units' } }],
    denominators: meta
      .filter((r) => r.type === 'Denominator')
      .map((r) => ({ code: r.code, name: both(r.name), unit: r.unit ?? 'n/a', source })),
    indicators: meta
      .filter((r) => r.type === 'Indicator')
      .map((r) => ({
        code: r.code,
        name: both(r.name),
        unit: both(r.unit ?? 'n/a'),
        direction: r.direction!,
        ...(r.denominator === null ? {} : { denominator: r.denominator, scale: 1 }),
        parent: r.parent!,
        weight: r.weight!,
        ...(r.target === null ? {} : { target: r.target }),
        source,
      })),
    aggregates: meta
      .filter((r) => r.type === 'Aggregate')
      .map((r) => ({
        code: r.code,
        name: both(r.name),
        ...(r.parent === null ? {} : { parent: r.parent }),
        weight: r.weight!,
      })),
    pipeline: COINR_PIPELINE,
  };
}
