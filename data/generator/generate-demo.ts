// data/generator: owns the seeded generator of the SYNTHETIC demo data in data/demo/ (editions 2024 and 2025).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndexStructure } from '../../src/engine/structure.js';
import { loadSpecFile } from '../../src/spec/load.js';
import { resolveStructure } from '../../src/spec/resolve.js';
import { loadMaster } from './master.js';
import { buildMunicipalities } from './municipal-model.js';
import { previousYear } from './previous-edition.js';
import { aggregateRuhr, buildRegions, RUHR } from './regional-model.js';
import { renderSources, renderValues } from './render.js';
import { referenceDate, sourceOf, SOURCES } from './sources.js';
import {
  VARIABLES,
  type Edition,
  type MasterData,
  type Random,
  type SourceRow,
  type UnitValues,
  type ValueRow,
} from './types.js';
import { checkFindings, evaluate, ranking } from './verify-findings.js';

/** The seed of the committed files in data/demo/ (the date of the press release, 1 July 2025). */
export const DEFAULT_SEED = 20250701;

export const SPEC_FILE = fileURLToPath(new URL('../specs/digital-index-ruhr.yaml', import.meta.url));
export const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));

export interface DemoData {
  seed: number;
  sources: SourceRow[];
  rows: Record<Edition, ValueRow[]>;
  /** The CSV texts by file name in data/demo/. */
  files: Record<'sources.csv' | 'values-2024.csv' | 'values-2025.csv', string>;
}

/** mulberry32: a small, fast 32-bit PRNG; the only source of randomness of the generator. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadStructure(): IndexStructure {
  return resolveStructure(loadSpecFile(SPEC_FILE).spec);
}

/** Generates both editions; deterministic for a seed (reads only the master data and the spec). */
export function generateDemo(seed = DEFAULT_SEED, master: MasterData = loadMaster()): DemoData {
  const structure = loadStructure();
  const rand = mulberry32(seed);
  const municipal2025 = buildMunicipalities(master.municipalities, structure, rand);
  const regional2025 = buildRegions(
    master.regions,
    aggregateRuhr(master.municipalities, municipal2025),
    structure,
    rand,
  );
  const municipal2024 = mapValues(municipal2025, (v) => previousYear(v, rand));
  const ruhr2024 = aggregateRuhr(master.municipalities, municipal2024);
  const regional2024 = mapValues(regional2025, (v, code) =>
    code === RUHR ? ruhr2024 : previousYear(v, rand),
  );

  const rows = {
    2024: toRows(2024, municipal2024, regional2024),
    2025: toRows(2025, municipal2025, regional2025),
  };
  return {
    seed,
    sources: SOURCES,
    rows,
    files: {
      'sources.csv': renderSources(SOURCES, seed),
      'values-2024.csv': renderValues(2024, rows[2024], seed),
      'values-2025.csv': renderValues(2025, rows[2025], seed),
    },
  };
}

function mapValues(
  values: Map<string, UnitValues>,
  f: (v: UnitValues, code: string) => UnitValues,
): Map<string, UnitValues> {
  return new Map([...values].map(([code, v]) => [code, f(v, code)]));
}

function toRows(
  edition: Edition,
  municipal: Map<string, UnitValues>,
  regional: Map<string, UnitValues>,
): ValueRow[] {
  const rows: ValueRow[] = [];
  const add = (unitSet: ValueRow['unitSet'], unitCode: string, v: UnitValues, realPopulation: boolean) => {
    for (const variable of VARIABLES) {
      const value = v[variable];
      if (!Number.isFinite(value)) throw new Error(`${unitSet}/${unitCode}/${variable}: no value generated`);
      const date = referenceDate(variable, edition);
      rows.push({
        edition,
        unitSet,
        unitCode,
        variable,
        value,
        referenceDate: date,
        ...sourceOf(variable, realPopulation),
      });
    }
  };
  for (const [code, v] of municipal) add('municipalities', code, v, true);
  for (const [code, v] of regional) add('regions', code, v, code === RUHR);
  const key = (r: ValueRow) => [r.unitSet, r.unitCode, r.variable];
  return rows.sort((a, b) => compareKeys(key(a), key(b)));
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

function summary(demo: DemoData, master: MasterData): string {
  const structure = loadStructure();
  const m = evaluate(structure, demo.rows[2025], 'municipalities');
  const names = new Map(master.municipalities.map((x) => [x.ags, x.name]));
  const { order, mean } = ranking(m);
  const top = order
    .slice(0, 8)
    .map((c, i) => `  ${i + 1}. ${names.get(c)} ${m.score('index', c).toFixed(1)}`);
  const rest = order.slice(8).map((c) => m.score('index', c));
  const r = evaluate(structure, demo.rows[2025], 'regions');
  const graduates = r.rate('it_graduates', RUHR);
  return [
    `Index 2025 (Ruhr average ${mean.toFixed(1)}):`,
    ...top,
    `  … ranks 9–53 from ${Math.max(...rest).toFixed(1)} down to ${Math.min(...rest).toFixed(1)}`,
    `Ruhr among 12 regions: index rank ${r.rank('index', RUHR)}, it_graduates ${graduates.toFixed(2)} (rank ${r.rank('it_graduates', RUHR)}), 5G ${r.raw('mobile_5g', RUHR)} % (rank ${r.rank('mobile_5g', RUHR)})`,
  ].join('\n');
}

function main(argv: string[]): void {
  const seedArg = argv.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(argv[seedArg + 1]) : DEFAULT_SEED;
  const force = argv.includes('--force');
  const master = loadMaster();
  const demo = generateDemo(seed, master);
  const failures = checkFindings(loadStructure(), master, demo.rows[2025]);
  console.log(summary(demo, master));
  if (failures.length > 0) {
    console.error(`\n${failures.length} finding(s) do not hold on edition 2025 (seed ${seed}):`);
    for (const f of failures) console.error(`  - ${f}`);
  }
  if (failures.length > 0 && !force) {
    console.error('Files in data/demo/ left unchanged (use --force to write anyway).');
    process.exit(1);
  }
  mkdirSync(DEMO_DIR, { recursive: true });
  for (const [name, text] of Object.entries(demo.files)) {
    const file = `${DEMO_DIR}${name}`;
    const changed = readOrEmpty(file) !== text;
    writeFileSync(file, text);
    console.log(`${changed ? 'wrote' : 'unchanged'} data/demo/${name}`);
  }
  if (failures.length > 0) process.exit(1);
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
