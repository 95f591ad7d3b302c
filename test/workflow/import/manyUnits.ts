// Fixtures of large imports: generated municipalities (unit set `many`), a GENESIS flat file with one row per
// municipality and target, and the mapping of its value variables (`V<target>`).
import { stringify } from 'yaml';
import type { Unit } from '../../../src/model/index.js';
import { upsertUnits, upsertUnitSet, type Store } from '../../../src/store/index.js';
import { writeFixture } from './fixtures.js';

export interface ManyUnits {
  /** How many municipalities. */
  units: number;
  /** The indicators or denominators each municipality gets a value of. */
  targets: readonly string[];
  /** The AGS of municipality `i`. */
  ags: (i: number) => string;
}

const HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;' +
  '1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';

/** Stores the unit set `many` and its municipalities. */
export async function addManyUnits(store: Store, many: ManyUnits): Promise<void> {
  await upsertUnitSet(store.db, { code: 'many', nameDe: 'Viele', nameEn: 'Many' });
  const units: Unit[] = Array.from({ length: many.units }, (_, i) => ({
    unitSet: 'many',
    code: many.ags(i),
    name: `Gemeinde ${i}`,
    type: null,
    district: null,
    population: null,
    areaKm2: null,
    centerLat: null,
    centerLon: null,
    source: 'destatis-gv-2021',
  }));
  await upsertUnits(store.db, units);
}

/** An ffcsv file (with a byte-order mark) of a row per unit and target; `value(row)` is the value cell of each (0-based) row. */
export function manyFlatFile(
  many: ManyUnits,
  dir: string,
  name: string,
  value: (row: number) => string | number,
): string {
  const lines = [HEADER];
  for (let u = 0; u < many.units; u++) {
    for (const [v, code] of many.targets.entries()) {
      const cell = String(value(u * many.targets.length + v)).replace('.', ',');
      lines.push(
        `99999;Test;STAG;Stichtag;2025-12-31;GEMEIN;Gemeinden;${many.ags(u)};Gemeinde ${u};${cell};Anzahl;V${code};${code}`,
      );
    }
  }
  return writeFixture(dir, name, '\uFEFF' + lines.join('\n') + '\n');
}

/** The mapping `many.yaml` of the flat file's value variables to their targets. */
export function manyMapping(many: ManyUnits, dir: string): string {
  return writeFixture(
    dir,
    'many.yaml',
    stringify({
      format: 'genesis-ffcsv',
      source: { publisher: 'Test' },
      unitSet: 'many',
      values: many.targets.map((t) => ({ variable: `V${t}`, target: t })),
    }),
  );
}
