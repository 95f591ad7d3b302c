// GET /api/editions/{year}/structure: the index tree of an edition, from its spec.
import type { IndexSpec, SourceSpec } from '../../spec/schema.js';
import { editionScope } from './notice.js';
import type { Snapshot } from './snapshot.js';
import type { SourceInfo, StructureNode, StructureResponse } from './types.js';

export function buildStructure(snapshot: Snapshot): StructureResponse {
  const { spec, data } = snapshot;
  const pipeline = spec.pipeline;
  const nodes = data.nodes.map((node): StructureNode => {
    if (node.kind === 'aggregate') {
      const s = spec.aggregates.find((a) => a.code === node.code)!;
      const byLevel = pipeline.aggregationByLevel[String(node.level)];
      return {
        code: node.code,
        kind: 'aggregate',
        level: node.level,
        parent: node.parent,
        name_de: s.name.de,
        name_en: s.name.en,
        weight: s.weight,
        direction: null,
        unit: null,
        aggregation: (s.aggregate ?? byLevel ?? pipeline.aggregation).method,
        normalisation: null,
        denominator: null,
        source: null,
      };
    }
    const s = spec.indicators.find((i) => i.code === node.code)!;
    return {
      code: node.code,
      kind: 'indicator',
      level: 1,
      parent: s.parent,
      name_de: s.name.de,
      name_en: s.name.en,
      weight: s.weight,
      direction: s.direction,
      unit: s.unit,
      aggregation: null,
      normalisation: (s.normalise ?? pipeline.normalisation).method,
      denominator: denominatorOf(spec, s.denominator ?? null, s.scale),
      source: sourceInfo(s.source),
    };
  });
  return {
    ...editionScope(snapshot.edition),
    title: spec.title,
    root: data.structure.root,
    nodes,
  };
}

export function denominatorOf(
  spec: IndexSpec,
  code: string | null,
  scale: number | undefined,
): StructureNode['denominator'] {
  if (!code) return null;
  const d = spec.denominators.find((x) => x.code === code);
  return { code, name: d?.name ?? { de: code, en: code }, scale: scale ?? 1 };
}

export function sourceInfo(s: SourceSpec): SourceInfo {
  return {
    publisher: s.publisher,
    table: s.table ?? null,
    title: s.title ?? null,
    licence: s.licence ?? null,
    url: s.url ?? null,
    level: s.level ?? null,
  };
}
