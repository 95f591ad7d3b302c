// Small hand-made editions for the analysis tests: a tiny spec over a few units, computed with the real engine.
import { prepareEdition } from '../../src/analysis/prepare.js';
import type { AnalysisUnit, EditionData } from '../../src/analysis/types.js';
import { resolveStructure } from '../../src/spec/resolve.js';
import { specSchema } from '../../src/spec/schema.js';

/**
 * Two sub-indices (a: x1, x2; b: y) under "index", min-max 0–100 and arithmetic means with equal weights.
 * `values` gives x1, x2, y per unit; with `pop`, y is counted per 1,000 of the denominator `pop`.
 */
export function tinyEdition(
  units: (Partial<AnalysisUnit> & { code: string })[],
  values: Record<'x1' | 'x2' | 'y', number[]> & { pop?: number[] },
  options: { synthetic?: boolean; confidential?: string[] } = {},
): EditionData {
  const perPop = values.pop !== undefined;
  const spec = specSchema.parse({
    id: 'tiny',
    version: '1',
    title: { de: 'Kleiner Index', en: 'Tiny index' },
    unitSets: [{ code: 'towns', name: { de: 'Orte', en: 'Towns' } }],
    indicators: [
      {
        code: 'x1',
        name: { de: 'X eins', en: 'X one' },
        unit: { de: '%', en: '%' },
        direction: 1,
        parent: 'a',
        source: { publisher: 'test' },
      },
      {
        code: 'x2',
        name: { de: 'X zwei', en: 'X two' },
        unit: { de: '%', en: '%' },
        direction: 1,
        parent: 'a',
        source: { publisher: 'test' },
      },
      {
        code: 'y',
        name: { de: 'Ypsilon', en: 'Upsilon' },
        unit: { de: 'je 1.000', en: 'per 1,000' },
        direction: 1,
        parent: 'b',
        source: { publisher: 'test' },
        ...(perPop ? { denominator: 'pop', scale: 1000 } : {}),
      },
    ],
    denominators: perPop
      ? [
          {
            code: 'pop',
            name: { de: 'Einwohner', en: 'Inhabitants' },
            unit: 'persons',
            source: { publisher: 'test' },
          },
        ]
      : [],
    aggregates: [
      { code: 'a', name: { de: 'Teil A', en: 'Part A' }, parent: 'index' },
      { code: 'b', name: { de: 'Teil B', en: 'Part B' }, parent: 'index' },
      { code: 'index', name: { de: 'Index', en: 'Index' } },
    ],
    pipeline: { normalisation: { method: 'minmax', low: 0, high: 100 } },
  });
  const codes = units.map((u) => u.code);
  return prepareEdition({
    edition: 2025,
    unitSet: 'towns',
    synthetic: options.synthetic ?? false,
    spec,
    structure: resolveStructure(spec),
    input: {
      units: codes,
      columns: new Map(
        (perPop ? (['x1', 'x2', 'y', 'pop'] as const) : (['x1', 'x2', 'y'] as const)).map((k) => [
          k,
          Float64Array.from(values[k]!),
        ]),
      ),
    },
    units: units.map((u) => ({
      name: u.code,
      type: null,
      district: null,
      population: null,
      areaKm2: null,
      lat: null,
      lon: null,
      ...u,
    })),
    confidential: new Set(options.confidential ?? []),
  });
}
