// A mapping's entries with the document-level defaults filled in, indexed by source variable.
import type { Allocation } from '../allocate/index.js';
import type { CrosswalkMeasure } from '../keys/index.js';
import type { RawObservation } from '../readers/types.js';
import type { Mapping, MappingEntry } from './schema.js';
import { conversionFactor } from './units.js';

export interface PreparedEntry {
  index: number;
  entry: MappingEntry;
  edition: number | undefined;
  factor: number;
  unit: string | null;
  referenceDate: string | undefined;
  level: 'municipality' | 'district';
  allocation: Allocation | null;
  measure: CrosswalkMeasure | undefined;
  confidential: boolean;
}

export function prepareEntries(mapping: Mapping): Map<string, PreparedEntry[]> {
  const byVariable = new Map<string, PreparedEntry[]>();
  for (const [index, entry] of mapping.values.entries()) {
    const level = entry.level ?? mapping.level;
    const conversion =
      entry.units === undefined ? { factor: 1 } : conversionFactor(entry.units.from, entry.units.to);
    const prepared: PreparedEntry = {
      index,
      entry,
      edition: entry.edition ?? mapping.edition,
      factor: entry.factor ?? ('factor' in conversion ? conversion.factor : 1),
      unit: entry.unit ?? entry.units?.to ?? null,
      referenceDate: entry.referenceDate ?? mapping.referenceDate,
      level,
      allocation: level === 'district' ? (entry.allocation ?? mapping.allocation ?? null) : null,
      measure: entry.measure ?? mapping.measure,
      confidential: entry.confidential ?? mapping.confidential,
    };
    byVariable.set(entry.variable, [...(byVariable.get(entry.variable) ?? []), prepared]);
  }
  return byVariable;
}

/** Every attribute of the observation is named by the filter (with its value or "*"), and vice versa. */
export function attributesMatch(
  filter: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, string>>,
): boolean {
  // Loops rather than Object.keys/entries: this runs once per row of files with millions of rows.
  for (const name in attributes) {
    if (attributes[name] !== '' && !Object.hasOwn(filter, name)) return false;
  }
  for (const name in filter) {
    const wanted = filter[name]!;
    const actual = attributes[name] ?? '';
    if (wanted === '*' ? actual === '' : actual !== wanted) return false;
  }
  return true;
}

export function timeMatches(wanted: string | undefined, observation: RawObservation): boolean {
  return wanted === undefined || observation.time === wanted || observation.time.startsWith(`${wanted}-`);
}
