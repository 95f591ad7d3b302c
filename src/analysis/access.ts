// Small readers over EditionData: columns of a node, the tree's levels, a unit's name, published values.
import type { EditionData, NodeInfo } from './types.js';

/** The root node of the index. */
export function rootOf(data: EditionData): NodeInfo {
  return nodeOf(data, data.structure.root);
}

export function nodeOf(data: EditionData, code: string): NodeInfo {
  const node = data.nodes.find((n) => n.code === code);
  if (!node) throw new RangeError(`unknown node "${code}"`);
  return node;
}

/** The children of the root (the sub-indices of the Digital-Index Ruhr). */
export function subIndicesOf(data: EditionData): NodeInfo[] {
  return data.nodes.filter((n) => n.parent === data.structure.root);
}

export function indicatorsOf(data: EditionData, parent?: string): NodeInfo[] {
  return data.nodes.filter((n) => n.kind === 'indicator' && (parent === undefined || n.parent === parent));
}

/** Scores (0–100 after min-max) of a node, one per unit. */
export function scoresOf(data: EditionData, node: string): Float64Array {
  const column = data.result.scores.get(node);
  if (!column) throw new RangeError(`no scores for node "${node}"`);
  return column;
}

export function ranksOf(data: EditionData, node: string): Float64Array {
  const column = data.result.ranks.get(node);
  if (!column) throw new RangeError(`no ranks for node "${node}"`);
  return column;
}

/** An indicator's value in its own unit (after the denominator, e.g. per 100,000 inhabitants). */
export function valuesOf(data: EditionData, indicator: string): Float64Array {
  const column = data.result.denominated.get(indicator);
  if (!column) throw new RangeError(`no values for indicator "${indicator}"`);
  return column;
}

/** The raw input column of a variable (numerator or denominator), NaN where missing. */
export function rawOf(data: EditionData, variable: string): Float64Array {
  const column = data.input.columns.get(variable);
  const units = data.result.units;
  const out = new Float64Array(units.length).fill(Number.NaN);
  if (!column) return out;
  const position = new Map(data.input.units.map((u, i) => [u, i]));
  units.forEach((u, i) => {
    const at = position.get(u);
    if (at !== undefined) out[i] = column[at]!;
  });
  return out;
}

export function indexOfUnit(data: EditionData, code: string): number {
  const i = data.result.units.indexOf(code);
  if (i < 0) throw new RangeError(`unknown unit "${code}"`);
  return i;
}

/** Finds a unit by its code or (case-insensitively) its name. */
export function findUnit(data: EditionData, codeOrName: string): number {
  const byCode = data.result.units.indexOf(codeOrName);
  if (byCode >= 0) return byCode;
  const wanted = codeOrName.trim().toLocaleLowerCase('de');
  return data.units.findIndex((u) => u.name.toLocaleLowerCase('de') === wanted);
}

/**
 * Whether a unit's value of an indicator must not be published: its numerator or its denominator input is
 * confidential (the value and the denominator together would give the other back).
 */
export function isConfidential(data: EditionData, unitIndex: number, indicator: string): boolean {
  if (data.confidential.size === 0) return false;
  const unit = data.result.units[unitIndex];
  const denominator = data.structure.indicators.find((n) => n.code === indicator)?.denominator?.variable;
  return (
    data.confidential.has(`${unit}\t${indicator}`) ||
    (denominator !== undefined && data.confidential.has(`${unit}\t${denominator}`))
  );
}

/** A number safe to publish: null when the unit's input for the indicator is confidential or missing. */
export function publishable(
  data: EditionData,
  unitIndex: number,
  indicator: string,
  value: number,
): number | null {
  if (isConfidential(data, unitIndex, indicator)) return null;
  return Number.isFinite(value) ? value : null;
}

/** Unit positions sorted by a column, descending, missing last; ties by unit code. */
export function orderDescending(data: EditionData, column: Float64Array): number[] {
  const codes = data.result.units;
  return [...column.keys()].sort((a, b) => {
    const x = column[a]!;
    const y = column[b]!;
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    return y - x || codes[a]!.localeCompare(codes[b]!);
  });
}

export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
