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
  const names = Object.keys(attributes).filter((name) => attributes[name] !== '');
  if (names.some((name) => !Object.hasOwn(filter, name))) return false;
  return Object.entries(filter).every(([name, wanted]) => {
    const actual = attributes[name] ?? '';
    return wanted === '*' ? actual !== '' : actual === wanted;
  });
}

export function timeMatches(wanted: string | undefined, observation: RawObservation): boolean {
  return wanted === undefined || observation.time === wanted || observation.time.startsWith(`${wanted}-`);
}
