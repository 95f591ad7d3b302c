// Carries values from older territorial status to the current one through a crosswalk (merges, splits).
import type { MissingReason } from '../../model/index.js';
import { IngestError } from '../errors.js';
import type { Crosswalk, CrosswalkRow } from './crosswalk.js';

/**
 * `count`: additive quantities (inhabitants, firms): a merged municipality gets the sum of its parts, a split
 * one's parts get `value × weight`.
 * `rate`: shares and densities: the target gets the weighted mean Σ rate·w / Σ w. A correct mean weights each
 * part by its population (or whatever the rate is per): pass `populations` (then w × population of the old
 * municipality is used), otherwise the weight column is taken as given.
 */
export type CrosswalkMeasure = 'count' | 'rate';

export interface KeyedValue {
  ags: string;
  value: number | null;
  missingReason?: MissingReason | null;
}

export interface CrosswalkOptions {
  measure: CrosswalkMeasure;
  /** The values' reference date (YYYY-MM-DD): changes valid after it are applied, in date order. */
  referenceDate: string;
  populations?: ReadonlyMap<string, number>;
}

export interface CrosswalkedValue<T extends KeyedValue> {
  ags: string;
  value: number | null;
  missingReason: MissingReason | null;
  /** The input values it was made of (the value itself when the territory did not change). */
  parts: T[];
  /** True when a crosswalk row changed it. */
  changed: boolean;
}

export function applyCrosswalk<T extends KeyedValue>(
  values: readonly T[],
  crosswalk: Crosswalk,
  options: CrosswalkOptions,
): CrosswalkedValue<T>[] {
  let current = new Map<string, CrosswalkedValue<T>>();
  for (const item of values) {
    if (current.has(item.ags)) throw new Error(`applyCrosswalk: ${item.ags} given twice`);
    current.set(item.ags, {
      ags: item.ags,
      value: item.value,
      missingReason: item.value === null ? (item.missingReason ?? 'absent') : null,
      parts: [item],
      changed: false,
    });
  }
  for (const [, rows] of changesAfter(crosswalk.rows, options.referenceDate)) {
    current = applyChange(current, rows, crosswalk.file, options);
  }
  return [...current.values()];
}

function changesAfter(rows: readonly CrosswalkRow[], date: string): [string, CrosswalkRow[]][] {
  const byDate = new Map<string, CrosswalkRow[]>();
  for (const row of rows) {
    if (row.validFrom <= date) continue;
    byDate.set(row.validFrom, [...(byDate.get(row.validFrom) ?? []), row]);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b));
}

interface Contribution {
  value: number | null;
  missingReason: MissingReason | null;
  weight: number;
  parts: KeyedValue[];
}

function applyChange<T extends KeyedValue>(
  current: Map<string, CrosswalkedValue<T>>,
  rows: CrosswalkRow[],
  file: string,
  options: CrosswalkOptions,
): Map<string, CrosswalkedValue<T>> {
  const fromSet = new Set(rows.map((r) => r.fromAgs));
  const targets = new Map<string, { row: CrosswalkRow; contributions: Contribution[] }>();
  for (const row of rows) {
    const target = targets.get(row.toAgs) ?? { row, contributions: [] };
    const source = current.get(row.fromAgs);
    target.contributions.push(
      source === undefined
        ? { value: null, missingReason: 'absent', weight: row.weight, parts: [] }
        : { ...source, weight: row.weight * populationOf(row.fromAgs, options, file, row) },
    );
    targets.set(row.toAgs, target);
  }
  const next = new Map<string, CrosswalkedValue<T>>();
  for (const [ags, entry] of current) if (!fromSet.has(ags)) next.set(ags, entry);
  for (const [ags, { row, contributions }] of targets) {
    if (contributions.every((c) => c.parts.length === 0)) continue; // none of its parts is in the data
    const unchanged = next.get(ags);
    if (unchanged !== undefined) {
      if (options.measure === 'rate') {
        throw new IngestError(
          file,
          row.line,
          'to_ags',
          `${ags} receives parts at ${row.validFrom} and keeps its own territory: for a rate add the row ${ags},${ags} with its weight`,
        );
      }
      contributions.push({ ...unchanged, weight: 1 });
    }
    next.set(ags, combine(ags, contributions, options.measure) as CrosswalkedValue<T>);
  }
  return next;
}

function combine(
  ags: string,
  contributions: Contribution[],
  measure: CrosswalkMeasure,
): CrosswalkedValue<KeyedValue> {
  const parts = contributions.flatMap((c) => c.parts);
  const missing = contributions.find((c) => c.value === null);
  if (missing !== undefined) {
    return { ags, value: null, missingReason: missing.missingReason ?? 'absent', parts, changed: true };
  }
  if (measure === 'rate' && contributions.length === 1) {
    return { ags, value: contributions[0]!.value, missingReason: null, parts, changed: true };
  }
  let sum = 0;
  let weights = 0;
  for (const c of contributions) {
    sum += c.value! * c.weight;
    weights += c.weight;
  }
  const value = measure === 'count' ? sum : sum / weights;
  return { ags, value, missingReason: null, parts, changed: true };
}

function populationOf(ags: string, options: CrosswalkOptions, file: string, row: CrosswalkRow): number {
  if (options.measure !== 'rate' || options.populations === undefined) return 1;
  const population = options.populations.get(ags);
  if (population === undefined || !(population > 0)) {
    throw new IngestError(file, row.line, 'from_ags', `no population for ${ags} to weight its rate`);
  }
  return population;
}
