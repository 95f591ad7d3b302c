// bench: `digitalindex import` of a 1,000,000-row GENESIS flat file (ffcsv), end to end, on SQLite and PostgreSQL.
//
// The file is generated in the real ffcsv layout (statistics, time, a GEMEIN region dimension, a GES dimension
// at its total, value, unit, value variable, value_q): 100,000 generated municipalities of a unit set `bench`
// × 10 value variables, each mapped to an indicator or denominator of the Digital-Index Ruhr, so that every
// row becomes one stored value (every 997th cell is GENESIS's "." = unknown). The database is prepared in
// this process (bundle, then the unit set); the import itself runs in a child process as the CLI, whose wall
// time and peak RSS (VmHWM, sampled from /proc) are printed. A second run of the same file (nothing changes)
// shows the cost of comparing with the stored values. PostgreSQL runs when TEST_DATABASE_URL is set (see
// .ci/postgres.sh), in a fresh schema dropped afterwards; without it a line says it was skipped.
//
// IMPORT_BENCH_ROWS=N changes the number of rows, IMPORT_BENCH_KEEP=1 keeps the folder (file, mapping, SQLite
// database) for profiling, IMPORT_BENCH_NODE_ARGS passes flags to the CLI's Node.js (e.g. `--cpu-prof`).
// Targets (issue #4): under 15 s and under 500 MB peak memory per database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import { stringify } from 'yaml';
import { readBundle } from '../src/ingest/bundle.js';
import type { Unit } from '../src/model/index.js';
import { openStore } from '../src/store/index.js';
import { upsertUnits, upsertUnitSet } from '../src/store/units.js';
import { importBundle } from '../src/workflow/importBundle.js';

const CLI = resolve('dist/src/cli/main.js');
const GNU_TIME = '/usr/bin/time';
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
const EDITION = 2026;
const TARGET_SECONDS = 15;
/** Extra Node.js flags for the CLI child, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (not allowed in NODE_OPTIONS). */
const NODE_ARGS = (process.env.IMPORT_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const TARGET_MB = 500;

/** GENESIS value variable → the indicator or denominator it feeds (10 of the spec's targets). */
const VARIABLES: readonly [string, string, string][] = [
  ['BEVSTD', 'Bevölkerungsstand', 'population'],
  ['ERW032', 'Sozialversicherungspfl. Beschäftigte (Arbeitsort)', 'employees'],
  ['UNT002', 'Unternehmen (EU)', 'firms'],
  ['UNT910', 'Klassifizierte Unternehmenswebsites', 'firms_classified'],
  ['STA001', 'Stellenanzeigen', 'job_ads'],
  ['FOR001', 'Forschungseinrichtungen', 'research_institutions'],
  ['FOR002', 'Forschungsprojekte', 'research_projects'],
  ['PAT001', 'Patentanmeldungen (Digitaltechnik)', 'digital_patents'],
  ['ERW433', 'Beschäftigte in IT-Berufen', 'it_employees'],
  ['STU021', 'Absolventen der Informatik', 'it_graduates'],
];

const HEADER =
  'statistics_code;statistics_label;time_code;time_label;time;' +
  '1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;' +
  '2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;' +
  'value;value_unit;value_variable_code;value_variable_label;value_q';

interface Figures {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the process (user + system), when measured: steadier than wall time on a busy machine. */
  cpu: number | null;
  peakMb: number;
  report: { counts: Record<string, number> };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    process.stdout.write(`no ${CLI}: run \`npm run build\` (npm run bench does) first\n`);
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const units = Math.ceil(ROWS / VARIABLES.length);
    const file = join(dir, '99999-01-01-5_1773175772751_de_flat.csv');
    const started = performance.now();
    await writeFlatFile(file, ROWS, units);
    const mb = readFileSync(file).length / 1e6;
    process.stdout.write(
      `generated ${file.split('/').pop()}: ${fmt(ROWS)} rows, ${mb.toFixed(0)} MB, ` +
        `${fmt(units)} municipalities × ${VARIABLES.length} variables (${secs(performance.now() - started)} s)\n`,
    );
    const mapping = join(dir, 'bench.mapping.yaml');
    writeFileSync(mapping, mappingYaml());

    await benchDatabase('SQLite', join(dir, 'bench.db'), file, mapping, units);

    const url = process.env.TEST_DATABASE_URL?.trim();
    if (!url) {
      process.stdout.write(
        'PostgreSQL: skipped, TEST_DATABASE_URL not set (bash .ci/postgres.sh prints one)\n',
      );
    } else {
      const schema = `bench_import_${process.pid}_${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query(`create schema "${schema}"`);
        await benchDatabase('PostgreSQL', withSearchPath(url, schema), file, mapping, units);
      } finally {
        await admin.query(`drop schema if exists "${schema}" cascade`);
        await admin.end();
      }
    }
  } finally {
    if (process.env.IMPORT_BENCH_KEEP === '1') process.stdout.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function benchDatabase(
  label: string,
  location: string,
  file: string,
  mapping: string,
  units: number,
): Promise<void> {
  const prepared = performance.now();
  await prepare(location, units);
  process.stdout.write(
    `\n${label}: database prepared (bundle + ${fmt(units)} units) in ${secs(performance.now() - prepared)} s\n`,
  );
  const args = [
    '--db',
    location,
    'import',
    file,
    '--mapping',
    mapping,
    '--edition',
    String(EDITION),
    '--json',
  ];
  const first = await runCli(args);
  const c = first.report.counts;
  if (c.new !== ROWS) throw new Error(`${label}: expected ${ROWS} new values, the report says ${c.new}`);
  line(label, 'import into an empty edition', first, ROWS);
  const again = await runCli(args);
  if (again.report.counts.unchanged !== ROWS) {
    throw new Error(`${label}: the second import should leave ${ROWS} values unchanged`);
  }
  line(label, 'the same file again (all unchanged)', again, ROWS);
}

function line(label: string, what: string, f: Figures, rows: number): void {
  const ok = f.seconds < TARGET_SECONDS && f.peakMb < TARGET_MB ? 'within' : 'OUTSIDE';
  process.stdout.write(
    `${label}: ${what}: ${fmt(rows)} rows in ${f.seconds.toFixed(2)} s = ${fmt(Math.round(rows / f.seconds))} rows/s` +
      (f.cpu === null ? '' : ` (CPU ${f.cpu.toFixed(2)} s)`) +
      `, peak RSS ${f.peakMb.toFixed(0)} MB (${ok} the targets ${TARGET_SECONDS} s / ${TARGET_MB} MB; shared machine, noisy)\n`,
  );
}

/** Master data and spec from the bundle, plus a unit set `bench` of generated municipalities. */
async function prepare(location: string, count: number): Promise<void> {
  const store = await openStore(location);
  try {
    await importBundle(store, readBundle(resolve('data/bundle.json')));
    await store.transaction(async (tx) => {
      await upsertUnitSet(tx.db, { code: 'bench', nameDe: 'Benchmark', nameEn: 'Benchmark' });
      const units: Unit[] = [];
      for (let i = 0; i < count; i++) {
        units.push({
          unitSet: 'bench',
          code: ags(i),
          name: `Gemeinde ${i + 1}`,
          type: 'Gemeinde',
          district: null,
          population: 1000 + (i % 50_000),
          areaKm2: null,
          centerLat: null,
          centerLon: null,
          source: 'destatis-gv-2021',
        });
      }
      await upsertUnits(tx.db, units);
    });
  } finally {
    await store.close();
  }
}

/**
 * Runs the CLI as a child process: wall time, CPU time and peak RSS from `/usr/bin/time` (GNU time) when it
 * is there; otherwise wall time and the peak RSS (VmHWM) sampled from /proc while the child runs.
 */
async function runCli(args: string[]): Promise<Figures> {
  const timeFile = existsSync(GNU_TIME) ? join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time') : null;
  const command = timeFile
    ? [GNU_TIME, '-o', timeFile, '-f', '%e %U %S %M', process.execPath, ...NODE_ARGS, CLI, ...args]
    : [process.execPath, ...NODE_ARGS, CLI, ...args];
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let peakKb = 0;
  const sample = () => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the process has ended
    }
  };
  const timer = timeFile ? null : setInterval(sample, 20);
  const [code] = (await once(child, 'exit')) as [number | null];
  if (timer) clearInterval(timer);
  let seconds = (performance.now() - started) / 1000;
  let cpu: number | null = null;
  if (timeFile) {
    const [elapsed, user, system, maxKb] = readFileSync(timeFile, 'utf8')
      .trim()
      .split('\n')
      .pop()!
      .split(' ');
    rmSync(join(timeFile, '..'), { recursive: true, force: true });
    seconds = Number(elapsed);
    cpu = Number(user) + Number(system);
    peakKb = Number(maxKb);
  }
  if (code !== 0) throw new Error(`digitalindex ${args.join(' ')} exited with ${code}:\n${stderr}`);
  return { seconds, cpu, peakMb: (peakKb * 1024) / 1e6, report: JSON.parse(stdout) as Figures['report'] };
}

/** Writes the ffcsv file in chunks (UTF-8 with a byte-order mark, as GENESIS delivers it). */
async function writeFlatFile(file: string, rows: number, units: number): Promise<void> {
  const out = createWriteStream(file);
  let chunk = `\uFEFF${HEADER}\n`;
  let row = 0;
  for (let u = 0; u < units && row < rows; u++) {
    const key = ags(u);
    for (let v = 0; v < VARIABLES.length && row < rows; v++, row++) {
      const [code, label] = VARIABLES[v]!;
      chunk +=
        `99999;Digitalisierungsstatistik;STAG;Stichtag;2025-12-31;GEMEIN;Gemeinden;${key};Gemeinde ${u + 1};` +
        `GES;Geschlecht;;Insgesamt;${cell(row)};Anzahl;${code};${label};${row % 13 === 0 ? 'e' : ''}\n`;
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** A count with a decimal comma now and then, or "." (unknown) for every 997th row. */
function cell(row: number): string {
  if (row % 997 === 0) return '.';
  const n = (row * 7919) % 250_000;
  return row % 5 === 0 ? `${n},5` : String(n);
}

function ags(i: number): string {
  return String(1_000_000 + i).padStart(8, '0');
}

function mappingYaml(): string {
  return stringify({
    format: 'genesis-ffcsv',
    source: { publisher: 'Benchmark (generated)', title: 'Digitalisierungsstatistik' },
    unitSet: 'bench',
    values: VARIABLES.map(([variable, , target]) => ({ variable, target })),
  });
}

function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

function fmt(n: number): string {
  return n.toLocaleString('de-DE');
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(1);
}

await main();
