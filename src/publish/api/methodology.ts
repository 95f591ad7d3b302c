// GET /api/editions/{year}/methodology and GET /api/sources: the method as the spec declares it.
import type { StoredSource } from '../../store/sources.js';
import { editionScope } from './notice.js';
import type { Snapshot } from './snapshot.js';
import { denominatorOf, sourceInfo } from './structure.js';
import type { MethodInfo, MethodologyResponse, SourcesResponse } from './types.js';

export function buildMethodology(snapshot: Snapshot, editions: readonly number[]): MethodologyResponse {
  const { spec, data } = snapshot;
  const p = spec.pipeline;
  const effective = effectiveWeights(snapshot);
  return {
    ...editionScope(snapshot.edition),
    title: spec.title,
    description: spec.description ?? null,
    indexId: spec.id,
    indexVersion: spec.version,
    specHash: snapshot.edition.specHash,
    indicators: spec.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      parent: i.parent,
      direction: i.direction,
      weight: i.weight,
      effectiveWeight: effective.get(i.code) ?? null,
      denominator: denominatorOf(spec, i.denominator ?? null, i.scale),
      source: sourceInfo(i.source),
      normalisation: method(i.normalise ?? p.normalisation),
      treatment: method(i.treatment ?? p.treatment),
    })),
    aggregates: data.nodes
      .filter((n) => n.kind === 'aggregate')
      .map((n) => {
        const a = spec.aggregates.find((x) => x.code === n.code)!;
        return {
          code: a.code,
          name: a.name,
          parent: a.parent ?? null,
          level: n.level,
          weight: a.weight,
          aggregation: method(a.aggregate ?? p.aggregationByLevel[String(n.level)] ?? p.aggregation),
        };
      }),
    denominators: spec.denominators.map((d) => ({
      code: d.code,
      name: d.name,
      unit: d.unit,
      source: sourceInfo(d.source),
    })),
    pipeline: {
      screening: method(p.screening),
      denominate: p.denominate,
      imputation: method(p.imputation),
      treatment: method(p.treatment),
      normalisation: method(p.normalisation),
      weights: method(p.weights),
      aggregation: method(p.aggregation),
      minShareAvailable: p.minShareAvailable,
    },
    editions: [...editions],
  };
}

function method(choice: { method: string } & Record<string, unknown>): MethodInfo {
  const { method: name, ...params } = choice;
  return { method: name, params };
}

/**
 * Each indicator's share of the index: its weight among its siblings times its parent's share, up to the root
 * (the weights the computation used, which for arithmetic means with all inputs present is exact).
 */
export function effectiveWeights(snapshot: Snapshot): Map<string, number> {
  const { structure, result } = snapshot.data;
  const weightOf = (code: string, fallback: number) => result.weights.get(code) ?? fallback;
  const parents = new Map<string, string | null>();
  const siblingsTotal = new Map<string, number>();
  const own = new Map<string, number>();
  for (const i of structure.indicators) {
    parents.set(i.code, i.parent);
    own.set(i.code, weightOf(i.code, i.weight));
  }
  for (const a of structure.aggregates) {
    parents.set(a.code, a.parent);
    own.set(a.code, weightOf(a.code, a.weight));
  }
  for (const [code, parent] of parents) {
    if (parent !== null) siblingsTotal.set(parent, (siblingsTotal.get(parent) ?? 0) + own.get(code)!);
  }
  const share = (code: string): number => {
    const parent = parents.get(code) ?? null;
    if (parent === null) return 1;
    const total = siblingsTotal.get(parent)!;
    return total > 0 ? (own.get(code)! / total) * share(parent) : 0;
  };
  return new Map(structure.indicators.map((i) => [i.code, share(i.code)]));
}

export function buildSources(sources: readonly StoredSource[]): SourcesResponse {
  return {
    sources: sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      table: s.table,
      title: s.title,
      licence: s.licence,
      url: s.url,
      retrieved: s.retrieved,
      fileName: s.fileName,
      synthetic: s.synthetic,
    })),
  };
}
