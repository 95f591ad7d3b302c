// bench: `compute` on COINr's ASEM example (51 units × 49 indicators, 4 levels) and on 10,800 units × 12 indicators.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { computeIndex, type PipelineInput } from '../src/engine/pipeline.js';
import type { IndexStructure } from '../src/engine/structure.js';
import { readCoinr } from '../src/ingest/coinr/readCoinr.js';
import type { IMetaRow } from '../src/ingest/coinr/iMeta.js';
import { coinrSpec } from '../src/ingest/coinr/toSpec.js';
import { editionInput, type ProjectTable } from '../src/ingest/project/table.js';
import { writeProject } from '../src/ingest/project/write.js';
import { computeTables } from '../src/publish/computeCsv.js';
import { parseSpec } from '../src/spec/load.js';
import { resolveStructure } from '../src/spec/resolve.js';

const ASEM = '/work/shared/reference/coinr-asem';
const CLI = resolve('dist/src/cli/main.js');

interface Case {
  label: string;
  spec: ReturnType<typeof coinrSpec>;
  table: ProjectTable;
}

function main(): void {
  const asem = existsSync(ASEM)
    ? asemCase()
    : syntheticCase('synthetic 51 × 49, 4 levels', 51, [49, 8, 2], 1);
  const large = syntheticCase('synthetic 10,800 × 12, 3 levels', 10_800, [12, 4], 2);

  for (const { label, spec, table } of [asem, large]) {
    const structure = resolveStructure(parseSpec(stringify(spec), 'bench.yaml'));
    const input = editionInput(table, null);
    const runs = table.codes.length > 1000 ? 30 : 2000;
    const compute = timeInProcess(structure, input, runs);
    const result = computeIndex(structure, input);
    const csv = median(repeat(runs > 100 ? 200 : 10, () => computeTables(structure, result)));
    print(
      `${label}: computeIndex, full default pipeline (warm, median of ${runs})`,
      compute,
      label.includes('51') ? 2 : 100,
    );
    print(`${label}: the four CSV tables as text (median)`, csv);
  }

  if (!existsSync(CLI)) {
    process.stdout.write(`(no ${CLI}: run \`npm run build\` for the whole-process figure)\n`);
    return;
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-compute-')), 'asem');
  writeProject(dir, { spec: asem.spec, specComment: ' bench', table: asem.table, readme: 'bench\n' });
  const out = join(dir, '..', 'out');
  const nodeOnly = wholeProcess(['-e', '0']);
  const help = wholeProcess([CLI, '--help']);
  const whole = wholeProcess([CLI, 'compute', dir, '--out', out]);
  print('node -e 0 (start-up of Node alone, for reference; median of 20)', nodeOnly);
  print('digitalindex --help (median of 20)', help);
  print(`digitalindex compute DIR on ${asem.label}, whole process (median of 20)`, whole, 75);
}

function timeInProcess(structure: IndexStructure, input: PipelineInput, runs: number): number {
  for (let i = 0; i < Math.min(runs, 200); i++) computeIndex(structure, input);
  return median(repeat(runs, () => computeIndex(structure, input)));
}

function repeat(runs: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

function wholeProcess(args: string[]): number {
  return median(
    repeat(20, () => {
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    }),
  );
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function print(what: string, ms: number, aim?: number): void {
  const target = aim === undefined ? '' : ` (aim < ${aim} ms${ms < aim ? '' : ', MISSED'})`;
  process.stdout.write(`${what}: ${ms.toFixed(3)} ms${target}\n`);
}

function asemCase(): Case {
  const imported = readCoinr(join(ASEM, 'asem_input_data.csv'), join(ASEM, 'asem_input_meta.csv'), 'asem');
  return {
    label: "COINr's ASEM 51 × 49, 4 levels",
    spec: imported.spec,
    table: { ...imported.table, times: null },
  };
}

/** `sizes`: number of nodes per level from the indicators up (the index on top is added); seeded, 2% missing. */
function syntheticCase(label: string, units: number, sizes: number[], seed: number): Case {
  const random = mulberry32(seed);
  const meta: IMetaRow[] = [];
  const node = (
    type: 'Indicator' | 'Aggregate',
    code: string,
    level: number,
    parent: string | null,
  ): IMetaRow => ({
    line: meta.length + 2,
    type,
    code,
    name: code,
    level,
    direction: type === 'Indicator' && random() < 0.2 ? -1 : 1,
    weight: 1 + Math.floor(random() * 3),
    unit: null,
    target: null,
    denominator: null,
    parent,
  });
  const levels = [...sizes, 1];
  for (let l = 0; l < levels.length; l++) {
    for (let k = 0; k < levels[l]!; k++) {
      const parent =
        l + 1 < levels.length ? `L${l + 2}_${Math.floor((k * levels[l + 1]!) / levels[l]!)}` : null;
      meta.push(node(l === 0 ? 'Indicator' : 'Aggregate', `L${l + 1}_${k}`, l + 1, parent));
    }
  }
  const codes = Array.from({ length: units }, (_, i) => `U${String(i).padStart(5, '0')}`);
  const values = new Map(
    meta
      .filter((r) => r.type === 'Indicator')
      .map((r) => [
        r.code,
        Float64Array.from(codes, () => (random() < 0.02 ? Number.NaN : Math.exp(random() * 3 * random()))),
      ]),
  );
  const table: ProjectTable = { codes, names: codes, times: null, groups: new Map(), values };
  return { label, spec: coinrSpec(meta, { id: 'bench', dataFile: 'synthetic' }), table };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

main();
