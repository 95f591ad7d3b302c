// Explains one number of one unit: where its inputs came from and every step the engine applied, up to the index.
import { computeIndex, type IndexResult } from '../engine/pipeline.js';
import type { IndexStructure, IndicatorNode, MethodChoice } from '../engine/structure.js';
import { formatMethod } from '../engine/uncertainty/methodText.js';
import { IngestError } from '../ingest/errors.js';
import type { ObservedValue } from '../model/index.js';
import { publicValue, WITHHELD_LABEL } from '../publish/confidential.js';
import { specSchema, type IndexSpec } from '../spec/schema.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { StoreError } from '../store/errors.js';
import { getValueProvenance } from '../store/provenance.js';
import { getSource } from '../store/sources.js';
import { listValues } from '../store/values.js';
import { loadEdition } from './loadEdition.js';

/** A number as shown: the value, or "vertraulich" where a confidential input may not be published. */
export type Shown = number | null | typeof WITHHELD_LABEL.de;

export interface ExplainRequest {
  edition: number;
  unitSet: string;
  unit: string;
  /** An indicator or denominator code. */
  code: string;
  /** Show confidential numbers (for the staff, never for publication). */
  internal: boolean;
}

export interface SourceExplanation {
  id: string;
  publisher: string;
  table: string | null;
  title: string | null;
  licence: string | null;
  url: string | null;
  fileName: string | null;
  fileHash: string | null;
  retrieved: string | null;
  synthetic: boolean;
}

export interface ValueExplanation {
  variable: string;
  value: Shown;
  missingReason: string | null;
  confidential: boolean;
  synthetic: boolean;
  referenceDate: string;
  row: number | null;
  column: string | null;
  regionKey: string | null;
  quality: string | null;
  /** Allocation from a district, crosswalk of a territorial change, unit conversion; null when taken as it is. */
  note: string | null;
  source: SourceExplanation | null;
}

export interface AggregateStep {
  node: string;
  name: string;
  level: number;
  method: string;
  /** The child on the path (the indicator or the aggregate below) and its weight as used. */
  child: string;
  childWeight: number;
  /** The child's share of its siblings' weights (before leaving out missing children). */
  childShare: number;
  score: number | null;
  rank: number | null;
}

export interface IndicatorSteps {
  direction: 1 | -1;
  denominated: { value: Shown; scale: number | null; formula: string };
  imputed: { imputed: boolean; method: string; value: Shown };
  treated: { method: string; changed: boolean; note: string; value: Shown };
  normalised: { method: string; value: Shown; rank: number | null };
  weight: number;
  /** The indicator's share of the index: the product of the shares along the path. */
  shareOfIndex: number;
  path: AggregateStep[];
}

export interface Explanation {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  internal: boolean;
  unit: { code: string; name: string };
  node: { code: string; kind: 'indicator' | 'denominator'; name: { de: string; en: string }; unit: string };
  numerator: ValueExplanation | null;
  denominator: (ValueExplanation & { scale: number }) | null;
  /** Null for a denominator, or when screening left the unit out (`excluded` says why). */
  steps: IndicatorSteps | null;
  excluded: string | null;
  usedBy: string[];
}

export async function explainValue(store: Store, request: ExplainRequest): Promise<Explanation> {
  const stored = await getEdition(store.db, request.edition);
  if (!stored) throw new StoreError(`edition ${request.edition} is not in the database`);
  const spec = specSchema.parse(JSON.parse(stored.specJson));
  const { structure, input, units } = await loadEdition(store, request.edition, request.unitSet);
  const unit = units.find((u) => u.code === request.unit);
  if (!unit) {
    throw new IngestError(
      'explain',
      null,
      'unit',
      `"${request.unit}" is not a unit of ${request.unitSet} (e.g. ${units[0]?.code ?? '–'})`,
    );
  }
  const values = await listValues(store.db, { edition: request.edition, unitSet: request.unitSet });
  const valueOf = (variable: string) =>
    values.find((v) => v.unitCode === unit.code && v.variable === variable) ?? null;
  const indicator = structure.indicators.find((i) => i.code === request.code);
  const base = {
    edition: request.edition,
    unitSet: request.unitSet,
    synthetic: stored.synthetic,
    internal: request.internal,
    unit: { code: unit.code, name: unit.name },
    usedBy: structure.indicators.filter((i) => i.denominator?.variable === request.code).map((i) => i.code),
  };
  if (!indicator) {
    const denominator = spec.denominators.find((d) => d.code === request.code);
    if (!denominator) throw unknownCode(request.code, spec);
    return {
      ...base,
      node: { code: denominator.code, kind: 'denominator', name: denominator.name, unit: denominator.unit },
      numerator: await explainObserved(store, request, valueOf(denominator.code), denominator.code),
      denominator: null,
      steps: null,
      excluded: null,
    };
  }
  const specIndicator = spec.indicators.find((i) => i.code === indicator.code)!;
  const numerator = await explainObserved(store, request, valueOf(indicator.code), indicator.code);
  const denominatorValue = indicator.denominator
    ? await explainObserved(
        store,
        request,
        valueOf(indicator.denominator.variable),
        indicator.denominator.variable,
      )
    : null;
  const denominator =
    denominatorValue && indicator.denominator
      ? { ...denominatorValue, scale: indicator.denominator.scale }
      : null;
  const result = computeIndex(structure, input);
  const i = result.units.indexOf(unit.code);
  const excluded = result.screening.excluded.find((e) => e.unit === unit.code)?.reason ?? null;
  const hidden = Boolean(numerator?.confidential || denominator?.confidential) && !request.internal;
  return {
    ...base,
    node: {
      code: indicator.code,
      kind: 'indicator',
      name: specIndicator.name,
      unit: specIndicator.unit.de,
    },
    numerator,
    denominator,
    steps: i < 0 ? null : indicatorSteps(structure, spec, result, indicator, i, hidden),
    excluded: i < 0 ? (excluded ?? 'left out by screening') : null,
  };
}

async function explainObserved(
  store: Store,
  request: ExplainRequest,
  value: ObservedValue | null,
  variable: string,
): Promise<ValueExplanation | null> {
  if (!value) return null;
  const source = await getSource(store.db, value.sourceId);
  const provenance = await getValueProvenance(store.db, {
    edition: value.edition,
    unitSet: value.unitSet,
    unitCode: value.unitCode,
    variable,
    sourceId: value.sourceId,
  });
  return {
    variable,
    value: shown(value, request.internal),
    missingReason: value.missingReason,
    confidential: value.confidential,
    synthetic: value.synthetic,
    referenceDate: value.referenceDate,
    row: value.row,
    column: provenance?.column ?? null,
    regionKey: provenance?.regionKey ?? null,
    quality: provenance?.quality ?? null,
    note: provenance?.note ?? null,
    source: source
      ? {
          id: source.id,
          publisher: source.publisher,
          table: source.table,
          title: source.title,
          licence: source.licence,
          url: source.url,
          fileName: source.fileName,
          fileHash: source.fileHash,
          retrieved: source.retrieved,
          synthetic: source.synthetic,
        }
      : null,
  };
}

function indicatorSteps(
  structure: IndexStructure,
  spec: IndexSpec,
  result: IndexResult,
  indicator: IndicatorNode,
  i: number,
  hidden: boolean,
): IndicatorSteps {
  const { pipeline } = structure;
  const at = (column: Float64Array | undefined) => finite(column?.[i]);
  const guard = (x: number | null): Shown => (hidden ? WITHHELD_LABEL.de : x);
  const treatment = result.treatment.find((t) => t.indicator === indicator.code);
  const scale = pipeline.denominate && indicator.denominator ? indicator.denominator.scale : null;
  const weight = result.weights.get(indicator.code) ?? indicator.weight;
  const path = aggregatePath(structure, spec, result, indicator.code, i);
  return {
    direction: indicator.direction,
    denominated: {
      value: guard(at(result.denominated.get(indicator.code))),
      scale,
      formula:
        scale === null
          ? 'raw value (no denominator)'
          : `${indicator.code} / ${indicator.denominator!.variable} × ${scale}`,
    },
    imputed: {
      imputed: result.imputedCells.get(indicator.code)?.includes(i) ?? false,
      method: formatMethod(pipeline.impute),
      value: guard(at(result.imputed.get(indicator.code))),
    },
    treated: {
      method: formatMethod(indicator.treat ?? pipeline.treat),
      changed: treatment?.changed.includes(i) ?? false,
      note: treatment?.note ?? '',
      value: guard(at(result.treated.get(indicator.code))),
    },
    normalised: {
      method: formatMethod(indicator.normalise ?? pipeline.normalise),
      value: guard(at(result.normalised.get(indicator.code))),
      rank: at(result.ranks.get(indicator.code)),
    },
    weight,
    shareOfIndex: path.reduce((share, step) => share * step.childShare, 1),
    path,
  };
}

/** The aggregates from the indicator's parent up to the root, with the method and weights of each step. */
function aggregatePath(
  structure: IndexStructure,
  spec: IndexSpec,
  result: IndexResult,
  code: string,
  i: number,
): AggregateStep[] {
  const steps: AggregateStep[] = [];
  const parentOf = new Map<string, string | null>([
    ...structure.indicators.map((n) => [n.code, n.parent] as const),
    ...structure.aggregates.map((n) => [n.code, n.parent] as const),
  ]);
  let child = code;
  let parent = parentOf.get(code) ?? null;
  while (parent !== null) {
    const node = structure.aggregates.find((a) => a.code === parent)!;
    const weightOf = (c: string) => result.weights.get(c) ?? 0;
    const total = node.children.reduce((sum, c) => sum + weightOf(c), 0);
    const method: MethodChoice =
      node.aggregate ?? structure.pipeline.aggregateByLevel[node.level] ?? structure.pipeline.aggregate;
    steps.push({
      node: node.code,
      name: spec.aggregates.find((a) => a.code === node.code)?.name.de ?? node.code,
      level: node.level,
      method: formatMethod(method),
      child,
      childWeight: weightOf(child),
      childShare: total > 0 ? weightOf(child) / total : Number.NaN,
      score: finite(result.scores.get(node.code)?.[i]),
      rank: finite(result.ranks.get(node.code)?.[i]),
    });
    child = node.code;
    parent = node.parent;
  }
  return steps;
}

function shown(value: ObservedValue, internal: boolean): Shown {
  if (internal) return value.value;
  const published = publicValue(value);
  return published.withheld ? WITHHELD_LABEL.de : published.value;
}

function finite(x: number | undefined): number | null {
  return x === undefined || !Number.isFinite(x) ? null : x;
}

function unknownCode(code: string, spec: IndexSpec): IngestError {
  const known = [...spec.indicators, ...spec.denominators].map((n) => n.code);
  return new IngestError(
    'explain',
    null,
    'indicator',
    `"${code}" is neither an indicator nor a denominator of the edition (known: ${known.join(', ')})`,
  );
}
