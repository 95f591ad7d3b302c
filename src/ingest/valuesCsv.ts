// Reads observed values in the long format: one row per edition, unit, variable (with source and reference date).
import type { ObservedValue } from '../model/index.js';
import { readCsvTable, parseNumberField } from './csvTable.js';
import { IngestError } from './errors.js';

export const VALUE_COLUMNS = [
  'edition',
  'unit_set',
  'unit_code',
  'variable',
  'value',
  'reference_date',
  'source_id',
  'synthetic',
] as const;

export interface ValueContext {
  /** Known unit codes per unit set. */
  units: ReadonlyMap<string, ReadonlySet<string>>;
  /** Indicator and denominator codes of the spec. */
  variables: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** The edition every row must belong to. */
  edition: number;
}

export function readValuesCsv(file: string, context: ValueContext): ObservedValue[] {
  const records = readCsvTable(file, VALUE_COLUMNS);
  const seen = new Map<string, number>();
  return records.map((record) => {
    const f = record.fields;
    const fail = (field: string, problem: string) => new IngestError(file, record.line, field, problem);
    const edition = parseNumberField(record, 'edition', file);
    if (edition !== context.edition)
      throw fail('edition', `"${f.edition}" is not the edition ${context.edition}`);
    const units = context.units.get(f.unit_set!);
    if (!units) throw fail('unit_set', `unknown unit set "${f.unit_set}"`);
    if (!units.has(f.unit_code!))
      throw fail('unit_code', `unknown unit "${f.unit_code}" in unit set ${f.unit_set}`);
    if (!context.variables.has(f.variable!))
      throw fail('variable', `unknown indicator or denominator "${f.variable}"`);
    if (!context.sources.has(f.source_id!)) throw fail('source_id', `unknown source "${f.source_id}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.reference_date!))
      throw fail('reference_date', `"${f.reference_date}" is not a date YYYY-MM-DD`);
    if (f.synthetic !== '0' && f.synthetic !== '1')
      throw fail('synthetic', `"${f.synthetic}" must be 0 or 1`);
    const key = `${f.unit_set}|${f.unit_code}|${f.variable}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw fail('variable', `a second value for ${f.unit_code} ${f.variable} (first on line ${first})`);
    seen.set(key, record.line);
    const value = parseNumberField(record, 'value', file);
    return {
      edition,
      unitSet: f.unit_set!,
      unitCode: f.unit_code!,
      variable: f.variable!,
      value,
      missingReason: value === null ? 'absent' : null,
      referenceDate: f.reference_date!,
      sourceId: f.source_id!,
      row: record.line,
      synthetic: f.synthetic === '1',
      confidential: false,
    };
  });
}
