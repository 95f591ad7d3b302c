// Builds the analysis input from a spec, the engine's structure and raw columns: computes the index once.
import { computeIndex, type PipelineInput } from '../engine/pipeline.js';
import type { IndexStructure } from '../engine/structure.js';
import type { Unit } from '../model/index.js';
import type { IndexSpec } from '../spec/schema.js';
import type { AnalysisUnit, EditionData, NodeInfo } from './types.js';

export interface PrepareInput {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  spec: IndexSpec;
  structure: IndexStructure;
  input: PipelineInput;
  /** Unit metadata; must hold every unit of `input.units`. */
  units: readonly AnalysisUnit[];
  confidential?: ReadonlySet<string>;
}

/** A stored unit as the analyses see it. */
export function analysisUnit(u: Unit): AnalysisUnit {
  return {
    code: u.code,
    name: u.name,
    type: u.type,
    district: u.district,
    population: u.population,
    areaKm2: u.areaKm2,
    lat: u.centerLat,
    lon: u.centerLon,
  };
}

export function prepareEdition(p: PrepareInput): EditionData {
  const result = computeIndex(p.structure, p.input);
  const byCode = new Map(p.units.map((u) => [u.code, u]));
  const units = result.units.map(
    (code) =>
      byCode.get(code) ?? {
        code,
        name: code,
        type: null,
        district: null,
        population: null,
        areaKm2: null,
        lat: null,
        lon: null,
      },
  );
  return {
    edition: p.edition,
    unitSet: p.unitSet,
    title: p.spec.title,
    synthetic: p.synthetic,
    structure: p.structure,
    input: p.input,
    result,
    units,
    nodes: nodesOf(p.spec, p.structure),
    confidential: p.confidential ?? new Set(),
  };
}

/** The index tree, root first, then each level down, in spec order within a level. */
export function nodesOf(spec: IndexSpec, structure: IndexStructure): NodeInfo[] {
  const aggregates: NodeInfo[] = structure.aggregates.map((a) => {
    const s = spec.aggregates.find((x) => x.code === a.code)!;
    return {
      code: a.code,
      kind: 'aggregate',
      parent: a.parent,
      level: a.level,
      name: s.name,
      unit: null,
      variable: null,
      source: null,
      weight: a.weight,
      direction: null,
      denominator: null,
    };
  });
  const specOrder = (code: string) => spec.aggregates.findIndex((x) => x.code === code);
  aggregates.sort((a, b) => b.level - a.level || specOrder(a.code) - specOrder(b.code));
  const indicators: NodeInfo[] = spec.indicators.map((s) => ({
    code: s.code,
    kind: 'indicator',
    parent: s.parent,
    level: 1,
    name: s.name,
    unit: s.unit,
    variable: s.code,
    source: {
      publisher: s.source.publisher,
      title: s.source.title ?? null,
      licence: s.source.licence ?? null,
      url: s.source.url ?? null,
    },
    weight: s.weight,
    direction: s.direction,
    denominator: s.denominator ? { code: s.denominator, scale: s.scale ?? 1 } : null,
  }));
  return [...aggregates, ...indicators];
}
