// Builds small input files in the real layouts (GENESIS ffcsv, generic CSV, mapping YAML) and a loaded store.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle } from '../../../src/ingest/bundle.js';
import { readMunicipalities } from '../../../src/ingest/masterData.js';
import type { Unit } from '../../../src/model/index.js';
import type { Store } from '../../../src/store/index.js';
import { importBundle } from '../../../src/workflow/importBundle.js';

export const RUHR: Unit[] = readMunicipalities('data/master/municipalities.csv', 'master');

/** Loads the bundled spec, master data and demo editions 2024 and 2025 (what `digitalindex run` stores). */
export async function loadBundle(store: Store): Promise<void> {
  await importBundle(store, readBundle('data/bundle.json'));
}

export function tempDir(prefix = 'import-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

const FFCSV_HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;' +
  '1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;' +
  '2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label';

export interface PopulationRow {
  key: string;
  label: string;
  /** The total; the male and female rows split it. */
  value: number | string;
  level?: 'GEMEIN' | 'KREISE';
}

/**
 * A 12411-01-01-5 flat file (ffcsv, UTF-8 with BOM, as regionalstatistik.de sends it): per region a total row
 * (empty GES attribute, "Insgesamt") and the rows for male and female, in that order.
 */
export function populationFfcsv(rows: readonly PopulationRow[], date = '2024-12-31'): string {
  const lines = [FFCSV_HEADER];
  for (const row of rows) {
    const level = row.level ?? 'GEMEIN';
    const levelLabel = level === 'GEMEIN' ? 'Gemeinden' : 'Kreise und kreisfreie Städte';
    const total = row.value;
    const male = typeof total === 'number' ? Math.floor(total / 2) : total;
    const female = typeof total === 'number' ? total - Math.floor(total / 2) : total;
    for (const [code, label, value] of [
      ['', 'Insgesamt', total],
      ['GESM', 'männlich', male],
      ['GESW', 'weiblich', female],
    ] as const) {
      lines.push(
        `12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;${date};${level};${levelLabel};${row.key};` +
          `${row.label};GES;Geschlecht;${code};${label};${value};Anzahl;BEVSTD;Bevölkerungsstand`,
      );
    }
  }
  return '\uFEFF' + lines.join('\n') + '\n';
}

/** The 53 Ruhr municipalities with their master-data population plus `delta`, and Köln (not in the master data). */
export function ruhrPopulation(delta = 100): PopulationRow[] {
  return [
    ...RUHR.map((u) => ({ key: u.code, label: u.name, value: (u.population ?? 0) + delta })),
    { key: '05315000', label: 'Köln, Stadt', value: 1024621 },
  ];
}

/** Writes `text` as `name` into `dir` and returns the path. */
export function writeFixture(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export const FFCSV_NAME = '12411-01-01-5_1773175772751_de_flat.csv';
