// Turns a validated spec into the engine's IndexStructure (levels, children, methods).
import type {
  AggregateNode,
  IndexStructure,
  IndicatorNode,
  MethodChoice,
  Params,
} from '../engine/structure.js';
import type { IndexSpec } from './schema.js';

export function resolveStructure(spec: IndexSpec): IndexStructure {
  const indicators: IndicatorNode[] = spec.indicators.map((ind) => ({
    kind: 'indicator',
    code: ind.code,
    parent: ind.parent,
    weight: ind.weight,
    direction: ind.direction,
    denominator: ind.denominator ? { variable: ind.denominator, scale: ind.scale ?? 1 } : null,
    target: ind.target ?? null,
    normalise: ind.normalise ? toChoice(ind.normalise) : null,
    treat: ind.treatment ? toChoice(ind.treatment) : null,
  }));
  const children = new Map<string, string[]>();
  for (const node of [...spec.indicators, ...spec.aggregates]) {
    if (node.parent) children.set(node.parent, [...(children.get(node.parent) ?? []), node.code]);
  }
  const indicatorCodes = new Set(spec.indicators.map((i) => i.code));
  const levels = new Map<string, number>();
  const levelOf = (code: string): number => {
    if (indicatorCodes.has(code)) return 1;
    const known = levels.get(code);
    if (known !== undefined) return known;
    const level = 1 + Math.max(...(children.get(code) ?? []).map(levelOf));
    levels.set(code, level);
    return level;
  };
  const aggregates: AggregateNode[] = spec.aggregates
    .map((agg) => ({
      kind: 'aggregate' as const,
      code: agg.code,
      parent: agg.parent ?? null,
      weight: agg.weight,
      level: levelOf(agg.code),
      children: children.get(agg.code) ?? [],
      aggregate: agg.aggregate ? toChoice(agg.aggregate) : null,
    }))
    .sort((a, b) => a.level - b.level);
  const root = aggregates.find((a) => a.parent === null)!.code;
  const p = spec.pipeline;
  return {
    indicators,
    aggregates,
    root,
    pipeline: {
      screen: toChoice(p.screening),
      denominate: p.denominate,
      impute: toChoice(p.imputation),
      treat: toChoice(p.treatment),
      normalise: toChoice(p.normalisation),
      weights: toChoice(p.weights),
      aggregate: toChoice(p.aggregation),
      aggregateByLevel: Object.fromEntries(
        Object.entries(p.aggregationByLevel).map(([k, v]) => [Number(k), toChoice(v)]),
      ),
      minShareAvailable: p.minShareAvailable,
    },
  };
}

export function toChoice(choice: { method: string } & Record<string, unknown>): MethodChoice {
  const { method, ...rest } = choice;
  return { method, params: rest as Params };
}
