// Command-line overrides of a spec's pipeline (--treat, --normalise, --aggregate, --impute, --denominate).
import type { IndexStructure, MethodChoice, Params } from '../engine/structure.js';

/** A malformed override value; the command line reports it as wrong usage. */
export class OverrideError extends Error {
  constructor(
    readonly option: string,
    readonly value: string,
    readonly problem: string,
  ) {
    super(`--${option} ${JSON.stringify(value)}: ${problem}`);
    this.name = 'OverrideError';
  }
}

export interface PipelineOverrides {
  treat?: MethodChoice;
  normalise?: MethodChoice;
  aggregate?: MethodChoice;
  impute?: MethodChoice;
  denominate?: boolean;
}

export const TREAT_FORMS = 'none|winsorise';
export const NORMALISE_FORMS =
  'minmax[:LOW,HIGH]|zscore[:MEAN,SD]|rank|prank|dist2max|dist2ref:UNIT|dist2targ|fracmax|borda|goalposts';
export const AGGREGATE_FORMS = 'arithmetic|geometric|harmonic|generalised:P|copeland';
export const IMPUTE_FORMS = 'none|mean|median|mean-group:COLUMN|median-group:COLUMN';

/** A form is `name` (no parameter), `name:NUMBER,NUMBER` (optional), `name:NUMBER` or `name:TEXT` (required). */
type Form =
  | { params: 'none' }
  | { params: 'pair'; names: [string, string]; defaults?: [number, number] }
  | { params: 'number' | 'text'; name: string; label: string };

const TREAT: Record<string, Form> = { none: { params: 'none' }, winsorise: { params: 'none' } };
const NORMALISE: Record<string, Form> = {
  minmax: { params: 'pair', names: ['low', 'high'], defaults: [0, 100] },
  zscore: { params: 'pair', names: ['mean', 'sd'], defaults: [0, 1] },
  rank: { params: 'none' },
  prank: { params: 'none' },
  dist2max: { params: 'none' },
  dist2ref: { params: 'text', name: 'unit', label: 'UNIT' },
  dist2targ: { params: 'none' },
  fracmax: { params: 'none' },
  borda: { params: 'none' },
  goalposts: { params: 'none' },
};
const AGGREGATE: Record<string, Form> = {
  arithmetic: { params: 'none' },
  geometric: { params: 'none' },
  harmonic: { params: 'none' },
  generalised: { params: 'number', name: 'p', label: 'P' },
  copeland: { params: 'none' },
};
const IMPUTE: Record<string, Form> = {
  none: { params: 'none' },
  mean: { params: 'none' },
  median: { params: 'none' },
  'mean-group': { params: 'text', name: 'group', label: 'COLUMN' },
  'median-group': { params: 'text', name: 'group', label: 'COLUMN' },
};

export const parseTreat = (value: string) => parseChoice('treat', value, TREAT, TREAT_FORMS);
export const parseNormalise = (value: string) => parseChoice('normalise', value, NORMALISE, NORMALISE_FORMS);
export const parseAggregate = (value: string) => parseChoice('aggregate', value, AGGREGATE, AGGREGATE_FORMS);
export const parseImpute = (value: string) => parseChoice('impute', value, IMPUTE, IMPUTE_FORMS);

function parseChoice(
  option: string,
  value: string,
  forms: Record<string, Form>,
  usage: string,
): MethodChoice {
  const colon = value.indexOf(':');
  const method = colon < 0 ? value : value.slice(0, colon);
  const argument = colon < 0 ? null : value.slice(colon + 1);
  const form = Object.hasOwn(forms, method) ? forms[method]! : undefined;
  const fail = (problem: string) => new OverrideError(option, value, `${problem} (use ${usage})`);
  if (!form) throw fail(`unknown method "${method}"`);
  if (form.params === 'none') {
    if (argument !== null) throw fail(`${method} takes no parameter`);
    return { method, params: {} };
  }
  if (form.params === 'pair') {
    if (argument === null && form.defaults) return { method, params: pairParams(form.names, form.defaults) };
    const numbers = (argument ?? '').split(',').map(toNumber);
    if (numbers.length !== 2 || numbers.some((n) => n === null))
      throw fail(`${method} needs two numbers, e.g. ${method}:${form.defaults?.join(',') ?? '0,1'}`);
    return { method, params: pairParams(form.names, numbers as [number, number]) };
  }
  if (argument === null || argument.trim() === '')
    throw fail(`${method} needs a parameter: ${method}:${form.label}`);
  if (form.params === 'text') return { method, params: { [form.name]: argument } };
  const n = toNumber(argument);
  if (n === null) throw fail(`${method} needs a number, e.g. ${method}:2`);
  return { method, params: { [form.name]: n } };
}

function pairParams([a, b]: [string, string], [x, y]: [number, number]): Params {
  return { [a]: x, [b]: y };
}

function toNumber(text: string): number | null {
  const t = text.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * The structure with the overrides in place. An override replaces the pipeline's choice of its stage and every
 * per-indicator, per-level and per-node choice of a different method; a per-node choice of the same method keeps
 * its own parameters under the override's (e.g. an indicator's goalposts).
 */
export function applyOverrides(structure: IndexStructure, overrides: PipelineOverrides): IndexStructure {
  const { treat, normalise, aggregate, impute, denominate } = overrides;
  const pipeline = { ...structure.pipeline };
  if (treat) pipeline.treat = treat;
  if (normalise) pipeline.normalise = normalise;
  if (impute) pipeline.impute = impute;
  if (denominate !== undefined) pipeline.denominate = denominate;
  if (aggregate) {
    pipeline.aggregate = aggregate;
    pipeline.aggregateByLevel = {};
  }
  return {
    ...structure,
    pipeline,
    indicators: structure.indicators.map((node) => ({
      ...node,
      treat: treat ? merged(node.treat, treat) : node.treat,
      normalise: normalise ? merged(node.normalise, normalise) : node.normalise,
    })),
    aggregates: structure.aggregates.map((node) => ({
      ...node,
      aggregate: aggregate ? merged(node.aggregate, aggregate) : node.aggregate,
    })),
  };
}

function merged(own: MethodChoice | null, override: MethodChoice): MethodChoice | null {
  if (own === null || own.method !== override.method) return null;
  return { method: override.method, params: { ...own.params, ...override.params } };
}
