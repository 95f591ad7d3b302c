// bench: uncertainty analysis — runs per second and peak memory on synthetic indices made with the seeded generator.
// Targets (measured, not asserted): 10,000 runs on 53 × 12 under 2 s; 10,800 × 12 with 10,000 runs under 60 s and
// 1 GB; COINr's 51 × 49 four-level example, 100 runs with 4 uncertain choices, under 0.15 s.
// The 10,800-unit case runs BENCH_LARGE_RUNS runs (default 200) and extrapolates; BENCH_LARGE_RUNS=10000 runs it all.
// Workers: 'auto' lets the amount of work decide (as the CLI does); worker threads are kept between measurements.
import { availableParallelism } from 'node:os';
import type { PipelineInput } from '../src/engine/pipeline.js';
import { createRandom } from '../src/engine/random.js';
import type { AggregateNode, IndexStructure, IndicatorNode, MethodChoice } from '../src/engine/structure.js';
import { runTask, summarise } from '../src/engine/uncertainty/analyse.js';
import type { UncertainChoice } from '../src/engine/uncertainty/choices.js';
import { samplePlan, type AnalysisType } from '../src/engine/uncertainty/samplePlan.js';
import type * as Parallel from '../src/parallel/evaluateInWorkers.js';

// Workers start from the compiled files (`npm run bench` builds first), as they do for the CLI.
const compiled: string = '../dist/src/parallel/evaluateInWorkers.js';
const { defaultWorkers, evaluateInWorkers } = (await import(compiled)) as typeof Parallel;

const m = (method: string, params: MethodChoice['params'] = {}): MethodChoice => ({ method, params });

/** index ← groups ← indicators, `perGroup` indicators per group (and `perSub` groups per sub-index when given). */
function structure(groups: number, perGroup: number, perSub?: number): IndexStructure {
  const indicators: IndicatorNode[] = [];
  const aggregates: AggregateNode[] = [];
  const subs = perSub ? Math.ceil(groups / perSub) : 0;
  for (let g = 0; g < groups; g++) {
    const parent = perSub ? `S${Math.floor(g / perSub) + 1}` : 'index';
    const children = Array.from({ length: perGroup }, (_, i) => `I${g * perGroup + i + 1}`);
    for (const code of children) {
      indicators.push({
        kind: 'indicator',
        code,
        parent: `P${g + 1}`,
        weight: 1,
        direction: 1,
        denominator: null,
        target: null,
        normalise: null,
        treat: null,
      });
    }
    aggregates.push({
      kind: 'aggregate',
      code: `P${g + 1}`,
      parent,
      weight: 1,
      level: 2,
      children,
      aggregate: null,
    });
  }
  for (let s = 0; s < subs; s++) {
    const children = aggregates.filter((a) => a.parent === `S${s + 1}`).map((a) => a.code);
    aggregates.push({
      kind: 'aggregate',
      code: `S${s + 1}`,
      parent: 'index',
      weight: 1,
      level: 3,
      children,
      aggregate: null,
    });
  }
  const top = aggregates.filter((a) => a.parent === 'index').map((a) => a.code);
  aggregates.push({
    kind: 'aggregate',
    code: 'index',
    parent: null,
    weight: 1,
    level: perSub ? 4 : 3,
    children: top,
    aggregate: null,
  });
  return {
    indicators,
    aggregates,
    root: 'index',
    pipeline: {
      screen: m('none'),
      denominate: false,
      impute: m('none'),
      treat: m('none'),
      normalise: m('minmax', { low: 1, high: 100 }),
      weights: m('explicit'),
      aggregate: m('arithmetic'),
      aggregateByLevel: {},
      minShareAvailable: 0,
    },
  };
}

function input(s: IndexStructure, units: number, seed: number): PipelineInput {
  const random = createRandom(seed);
  const columns = new Map(
    s.indicators.map((i) => [i.code, Float64Array.from({ length: units }, () => random.uniform() * 100)]),
  );
  return { units: Array.from({ length: units }, (_, i) => `U${i + 1}`), columns };
}

async function measure(
  label: string,
  s: IndexStructure,
  data: PipelineInput,
  choices: UncertainChoice[],
  n: number,
  type: AnalysisType,
  requested: number | 'auto',
  full?: number,
) {
  global.gc?.();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const random = createRandom(1);
  const plan = samplePlan(s, choices, n, type, random);
  const options = { topK: 10, nBoot: type === 'sa' ? 1000 : 0 };
  const task = runTask(s, data, choices, plan, options);
  // When extrapolating, as many workers as the full analysis would get.
  const workers =
    requested === 'auto'
      ? defaultWorkers(full ?? plan.draws.length, data.units.length, s.indicators.length)
      : requested;
  const batches = await evaluateInWorkers(task, plan.draws, workers);
  const result = summarise(task, plan, batches, options, createRandom(2));
  const seconds = (performance.now() - started) / 1000;
  // CPU time of all threads: with other processes loading the machine, wall time alone misleads.
  const { user, system } = process.cpuUsage(cpuBefore);
  const cpuSeconds = (user + system) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const extrapolated = full
    ? `, ${((seconds * full) / result.runs).toFixed(1)} s extrapolated to ${full} runs`
    : '';
  process.stdout.write(
    `${label}: ${result.runs} runs on ${data.units.length} × ${s.indicators.length}, ` +
      `${workers} worker(s)${requested === 'auto' ? ' (auto)' : ''}: ` +
      `${seconds.toFixed(3)} s (${Math.round(result.runs / seconds)} runs/s${extrapolated}; CPU ${cpuSeconds.toFixed(3)} s); failures ${result.failures}; peak RSS ${rssMb.toFixed(0)} MB\n`,
  );
}

const ruhr = structure(4, 3);
const ruhrChoices: UncertainChoice[] = [
  { kind: 'weights', perturbation: 0.25 },
  { kind: 'exclude', alternatives: [null, ...ruhr.indicators.map((i) => i.code)] },
];
await measure('53 × 12, uncertainty', ruhr, input(ruhr, 53, 1), ruhrChoices, 10_000, 'ua', 'auto');
await measure(
  '53 × 12, sensitivity (N = 2,500, d = 2)',
  ruhr,
  input(ruhr, 53, 1),
  ruhrChoices,
  2_500,
  'sa',
  'auto',
);

const asem = structure(8, 6, 4);
asem.indicators.push({ ...asem.indicators[0]!, code: 'I49' });
asem.aggregates[0]!.children.push('I49');
const asemChoices: UncertainChoice[] = [
  { kind: 'treat', alternatives: [1, 2, 3, 4, 5].map((winmax) => m('winsorise', { winmax })) },
  { kind: 'normalise', alternatives: [m('minmax', { low: 1, high: 100 }), m('zscore', { mean: 10, sd: 2 })] },
  { kind: 'weights', perturbation: 0.25 },
  { kind: 'aggregate', alternatives: [m('arithmetic'), m('geometric')] },
];
const asemData = input(asem, 51, 2);
await measure('COINr-like 51 × 49, 4 levels, 4 choices', asem, asemData, asemChoices, 100, 'ua', 'auto');
const cores = availableParallelism();
await measure('COINr-like 51 × 49, 4 levels, 4 choices', asem, asemData, asemChoices, 100, 'ua', cores);

const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 200);
await measure(
  '10,800 × 12, uncertainty',
  ruhr,
  input(ruhr, 10_800, 3),
  ruhrChoices,
  largeRuns,
  'ua',
  'auto',
  10_000,
);
