// `digitalindex uncertainty`: Monte Carlo uncertainty and sensitivity analysis of an edition's ranks.
//
// Replay file format (--replay FILE; the same format as the parameters.csv every analysis writes):
// a CSV with a header row and one row per run, replayed in order. An optional first column `run`
// labels the runs. Every other column is one uncertain choice, named `kind` or `kind:qualifier`:
//   weights[:NAME]     `code=weight;code=weight` — the absolute weights of those nodes in that run
//                      (other nodes keep the spec's weight; an empty cell keeps all of them)
//   normalise[:NAME]   a method: `name` or `name(key=value;key=value)`, e.g. `zscore(mean=10;sd=2)`
//   aggregate[:LEVEL]  a method for every level, or for one aggregation level (`aggregate:2`)
//   impute[:NAME], treat[:NAME]  a method, e.g. `winsorise(winmax=5)`
//   exclude[:NAME]     the code of the node left out (its siblings share its weight); empty: none
// With --type sa the rows must be COINr's Saltelli design: A (N rows), B (N rows), A_B^1 … A_B^d.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import cliProgress from 'cli-progress';
import { EngineError } from '../../engine/errors.js';
import { createRandom } from '../../engine/random.js';
import type { IndexStructure } from '../../engine/structure.js';
import { runTask, summarise, type UncertaintyResult } from '../../engine/uncertainty/analyse.js';
import type { UncertainChoice } from '../../engine/uncertainty/choices.js';
import { formatMethod, parseMethod, splitMethods } from '../../engine/uncertainty/methodText.js';
import { formatParameterTable, parseParameterTable } from '../../engine/uncertainty/parameterTable.js';
import { samplePlan, type AnalysisType, type SamplePlan } from '../../engine/uncertainty/samplePlan.js';
import { IngestError } from '../../ingest/errors.js';
import type { Unit } from '../../model/index.js';
import { defaultWorkers, evaluateInWorkers } from '../../parallel/evaluateInWorkers.js';
import { csvCell } from '../../publish/files.js';
import { getEdition, latestEdition, openStore, parseLocation, StoreError } from '../../store/index.js';
import { loadEdition } from '../../workflow/loadEdition.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';
import { renderTable } from '../table.js';

export interface UncertaintyOptions extends GlobalOptions {
  edition?: number;
  unitSet: string;
  runs: number;
  seed: number;
  type?: AnalysisType;
  weightsPerturbation?: number;
  weightsNode?: string;
  altNormalise?: string;
  altAggregate?: string;
  altImpute?: string;
  altTreat?: string;
  exclude?: string;
  topK: number;
  nboot: number;
  workers?: number;
  replay?: string;
  runRanks?: boolean;
  out: string;
  json?: boolean;
}

/** Wrong use of the options, found once the edition is known; reported with the usage exit code. */
class UsageError extends Error {}

export async function uncertaintyCommand(options: UncertaintyOptions): Promise<void> {
  try {
    await analyseEdition(options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`digitalindex uncertainty: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  }
}

async function analyseEdition(options: UncertaintyOptions): Promise<void> {
  const started = performance.now();
  const { edition, synthetic, structure, input, units } = await readEdition(options);
  const random = createRandom(options.seed);
  const { plan, choices, runLabels } = options.replay
    ? replayPlan(options.replay, options.type)
    : samplingPlan(structure, options, random);
  const analysis = {
    topK: options.topK,
    nBoot: options.nboot,
    keepAllRanks: Boolean(options.replay || options.runRanks),
  };
  const task = runTask(structure, input, choices, plan, analysis);
  const workers =
    options.workers ?? defaultWorkers(plan.draws.length, input.units.length, structure.indicators.length);
  const progress = progressBar(plan.draws.length);
  let batches;
  try {
    batches = await evaluateInWorkers(task, plan.draws, workers, (done) => progress?.increment(done));
  } finally {
    progress?.stop();
  }
  const result = summarise(task, plan, batches, analysis, createRandom(bootstrapSeed(options.seed)));
  const files = writeFiles(options, result, units, synthetic, choices, plan, runLabels);
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    process.stdout.write(
      JSON.stringify(jsonDocument(options, edition, synthetic, result, units, choices, files), null, 2) +
        '\n',
    );
  } else {
    process.stdout.write(report(options, edition, synthetic, result, units, files, workers, seconds) + '\n');
  }
}

/** The bootstrap has its own stream, so that replaying an analysis' parameters.csv gives the same intervals. */
function bootstrapSeed(seed: number): number {
  return (seed ^ 0x5bd1e995) >>> 0;
}

async function readEdition(options: UncertaintyOptions) {
  const location = databaseLocation(options);
  const target = parseLocation(location);
  if (target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new StoreError(`no database at ${target.path} (run \`digitalindex run\` first, or give --db)`);
  }
  const store = await openStore(location);
  try {
    const stored =
      options.edition === undefined
        ? await latestEdition(store.db)
        : await getEdition(store.db, options.edition);
    if (!stored) {
      throw new StoreError(
        options.edition === undefined
          ? `the database ${location} holds no edition (run \`digitalindex run\` first)`
          : `edition ${options.edition} is not in the database`,
      );
    }
    return {
      edition: stored.year,
      synthetic: stored.synthetic,
      ...(await loadEdition(store, stored.year, options.unitSet)),
    };
  } finally {
    await store.close();
  }
}

function samplingPlan(
  structure: IndexStructure,
  options: UncertaintyOptions,
  random: ReturnType<typeof createRandom>,
) {
  const choices = choicesFromOptions(structure, options);
  const type = options.type ?? (choices.length >= 2 ? 'sa' : 'ua');
  if (type === 'sa' && choices.length < 2)
    throw new UsageError('--type sa needs at least two uncertain choices');
  const plan = samplePlan(structure, choices, options.runs, type, random);
  return { plan, choices, runLabels: plan.draws.map((_, r) => String(r + 1)) };
}

/** The uncertain choices the options declare; without any: weights ± 25 % and leaving out one indicator. */
export function choicesFromOptions(
  structure: IndexStructure,
  options: UncertaintyOptions,
): UncertainChoice[] {
  const choices: UncertainChoice[] = [];
  const { pipeline } = structure;
  if (options.weightsPerturbation !== undefined) {
    if (
      options.weightsNode !== undefined &&
      !structure.aggregates.some((a) => a.code === options.weightsNode)
    ) {
      throw new UsageError(`--weights-node: "${options.weightsNode}" is not an aggregate of the index`);
    }
    choices.push({
      kind: 'weights',
      perturbation: options.weightsPerturbation,
      ...(options.weightsNode ? { node: options.weightsNode } : {}),
    });
  } else if (options.weightsNode !== undefined) {
    throw new UsageError('--weights-node needs --weights-perturbation');
  }
  const alternatives = (flag: string, text: string | undefined, nominal: (typeof pipeline)['normalise']) => {
    if (text === undefined) return null;
    const methods = [nominal, ...splitMethods(text).map((m) => methodOption(flag, m))];
    const seen = new Set<string>();
    return methods.filter((m) => !seen.has(formatMethod(m)) && Boolean(seen.add(formatMethod(m))));
  };
  const normalise = alternatives('--alt-normalise', options.altNormalise, pipeline.normalise);
  if (normalise) choices.push({ kind: 'normalise', alternatives: normalise });
  const aggregate = alternatives('--alt-aggregate', options.altAggregate, pipeline.aggregate);
  if (aggregate) choices.push({ kind: 'aggregate', alternatives: aggregate });
  const impute = alternatives('--alt-impute', options.altImpute, pipeline.impute);
  if (impute) choices.push({ kind: 'impute', alternatives: impute });
  const treat = alternatives('--alt-treat', options.altTreat, pipeline.treat);
  if (treat) choices.push({ kind: 'treat', alternatives: treat });
  if (options.exclude !== undefined)
    choices.push({ kind: 'exclude', alternatives: [null, ...excludable(structure, options.exclude)] });
  if (choices.length > 0) return choices;
  return [
    { kind: 'weights', perturbation: 0.25 },
    { kind: 'exclude', alternatives: [null, ...excludable(structure, 'indicators')] },
  ];
}

function methodOption(flag: string, text: string) {
  try {
    return parseMethod(text);
  } catch (error) {
    if (error instanceof EngineError) throw new UsageError(`${flag}: ${error.problem}: "${text}"`);
    throw error;
  }
}

function excludable(structure: IndexStructure, what: string): string[] {
  if (what === 'indicators') return structure.indicators.map((i) => i.code);
  if (what === 'subindices')
    return structure.aggregates.filter((a) => a.parent === structure.root).map((a) => a.code);
  const codes = what
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const known = new Set([...structure.indicators, ...structure.aggregates].map((n) => n.code));
  const unknown = codes.filter((c) => !known.has(c) || c === structure.root);
  if (codes.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--exclude: "${unknown.join(', ') || what}" is not indicators, subindices or nodes below the index`,
    );
  }
  return codes;
}

function replayPlan(file: string, requested: AnalysisType | undefined) {
  let rows: string[][];
  try {
    rows = parse(readFileSync(file, 'utf8'), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw new IngestError(file, null, null, error instanceof Error ? error.message : String(error));
  }
  let table;
  try {
    table = parseParameterTable(rows);
  } catch (error) {
    if (error instanceof EngineError) throw new IngestError(file, null, null, error.problem);
    throw error;
  }
  const { runs, choices, draws } = table;
  const d = choices.length;
  const type = requested ?? 'ua';
  if (type === 'sa' && (d < 2 || draws.length % (d + 2) !== 0)) {
    throw new UsageError(
      `--type sa with --replay needs at least two choices and N × (d + 2) rows; ${file} has ${draws.length} rows for d = ${d}`,
    );
  }
  const plan: SamplePlan = { type, n: type === 'sa' ? draws.length / (d + 2) : draws.length, d, draws };
  return { plan, choices, runLabels: runs };
}

function progressBar(total: number): cliProgress.SingleBar | null {
  if (total < 2000 || !process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'runs {bar} {value}/{total} ({percentage} %) eta {eta_formatted}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

function writeFiles(
  options: UncertaintyOptions,
  result: UncertaintyResult,
  units: Unit[],
  synthetic: boolean,
  choices: UncertainChoice[],
  plan: SamplePlan,
  runLabels: string[],
): string[] {
  mkdirSync(options.out, { recursive: true });
  const csv = (rows: unknown[][]) =>
    rows.map((row) => row.map((v) => csvCell(numberOrEmpty(v))).join(',')).join('\n') + '\n';
  const s = result.statistics;
  const files: [string, string][] = [
    [
      'rank-statistics.csv',
      csv([
        [
          'unit',
          'name',
          'nominal_rank',
          'median_rank',
          'p05',
          'p95',
          'prob_top_k',
          'mean_rank',
          'mean_abs_shift',
          'synthetic',
        ],
        ...units.map((u, i) => [
          u.code,
          u.name,
          s.nominal[i],
          s.median[i],
          s.p05[i],
          s.p95[i],
          s.probTopK[i],
          s.mean[i],
          s.meanShift[i],
          synthetic ? 1 : 0,
        ]),
      ]),
    ],
  ];
  if (result.sensitivity) {
    files.push([
      'sensitivity.csv',
      csv([
        ['choice', 'Si', 'Si_low', 'Si_high', 'STi', 'STi_low', 'STi_high'],
        ...result.sensitivity.map((r) => [r.choice, r.si, r.siLow, r.siHigh, r.sti, r.stiLow, r.stiHigh]),
      ]),
    ]);
  }
  const parameters = formatParameterTable(choices, plan.draws);
  parameters.slice(1).forEach((row, r) => (row[0] = runLabels[r]!));
  files.push(['parameters.csv', csv(parameters)]);
  if (options.replay || options.runRanks) {
    const n = units.length;
    const keptRuns = result.ranks.length / Math.max(1, n);
    files.push([
      'run-ranks.csv',
      csv([
        ['unit', 'nominal', ...runLabels.slice(0, keptRuns)],
        ...units.map((u, i) => [
          u.code,
          s.nominal[i],
          ...Array.from({ length: keptRuns }, (_, r) => result.ranks[r * n + i] || null),
        ]),
      ]),
    ]);
  }
  return files.map(([name, content]) => {
    const path = join(options.out, name);
    writeFileSync(path, content);
    return path;
  });
}

function numberOrEmpty(v: unknown): unknown {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

function finite(v: number | undefined): number | null {
  return v === undefined || !Number.isFinite(v) ? null : v;
}

function jsonDocument(
  options: UncertaintyOptions,
  edition: number,
  synthetic: boolean,
  result: UncertaintyResult,
  units: Unit[],
  choices: UncertainChoice[],
  files: string[],
) {
  const s = result.statistics;
  const order = byNominal(result);
  return {
    edition,
    unitSet: options.unitSet,
    synthetic,
    type: result.type,
    n: result.n,
    runs: result.runs,
    statisticRuns: result.statisticRuns,
    seed: options.seed,
    topK: options.topK,
    nBoot: result.type === 'sa' ? options.nboot : null,
    choices: choices.map((c, i) => ({ name: result.choices[i], ...describeChoice(c) })),
    failures: result.failures,
    firstFailure: result.firstFailure,
    variance: finite(result.variance ?? undefined),
    sensitivity:
      result.sensitivity?.map((r) => ({
        choice: r.choice,
        si: finite(r.si),
        siLow: finite(r.siLow),
        siHigh: finite(r.siHigh),
        sti: finite(r.sti),
        stiLow: finite(r.stiLow),
        stiHigh: finite(r.stiHigh),
      })) ?? null,
    units: order.map((i) => ({
      unit: units[i]!.code,
      name: units[i]!.name,
      nominal: finite(s.nominal[i]),
      median: finite(s.median[i]),
      p05: finite(s.p05[i]),
      p95: finite(s.p95[i]),
      probTopK: finite(s.probTopK[i]),
      mean: finite(s.mean[i]),
      meanAbsShift: finite(s.meanShift[i]),
    })),
    files,
  };
}

function describeChoice(choice: UncertainChoice) {
  if (choice.kind === 'weights')
    return { kind: choice.kind, perturbation: choice.perturbation, node: choice.node ?? null };
  if (choice.kind === 'exclude') return { kind: choice.kind, alternatives: choice.alternatives };
  return { kind: choice.kind, alternatives: choice.alternatives.map(formatMethod) };
}

function byNominal(result: UncertaintyResult): number[] {
  const nominal = result.statistics.nominal;
  const key = (i: number) => (Number.isNaN(nominal[i]!) ? Infinity : nominal[i]!);
  return [...nominal.keys()].sort((a, b) => key(a) - key(b) || a - b);
}

function report(
  options: UncertaintyOptions,
  edition: number,
  synthetic: boolean,
  result: UncertaintyResult,
  units: Unit[],
  files: string[],
  workers: number,
  seconds: number,
): string {
  const s = result.statistics;
  const fmt = (x: number | undefined, digits = 1) =>
    x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
  const rows = byNominal(result).map((i) => [
    fmt(s.nominal[i], 0),
    units[i]!.code,
    units[i]!.name,
    fmt(s.median[i]),
    `${fmt(s.p05[i])}–${fmt(s.p95[i])}`,
    fmt(s.probTopK[i]! * 100, 0),
    fmt(s.meanShift[i], 2),
  ]);
  const kind =
    result.type === 'sa' ? `sensitivity analysis, N = ${result.n}, d = ${result.d}` : 'uncertainty analysis';
  const parts = [
    `Uncertainty of the ranks – edition ${edition}, ${options.unitSet}: ${kind}, ${result.runs} runs, seed ${options.seed}`,
    synthetic ? 'NOTE: synthetic demo data, not official statistics.' : '',
    `choices: ${result.choices.join(', ')}`,
    '',
    renderTable(
      ['nominal', 'unit', 'name', 'median', '5–95 %', `top ${options.topK} %`, 'mean shift'],
      rows,
      new Set([0, 3, 4, 5, 6]),
    ),
  ];
  const interval = (low: number, high: number) =>
    Number.isFinite(low) && Number.isFinite(high) ? `${fmt(low, 3)} – ${fmt(high, 3)}` : '–';
  if (result.sensitivity) {
    const sRows = result.sensitivity.map((r) => [
      r.choice,
      fmt(r.si, 3),
      interval(r.siLow, r.siHigh),
      fmt(r.sti, 3),
      interval(r.stiLow, r.stiHigh),
    ]);
    parts.push(
      '',
      'Sensitivity of the mean absolute rank shift',
      renderTable(['choice', 'Si', '5–95 %', 'STi', '5–95 %'], sRows, new Set([1, 2, 3, 4])),
    );
  }
  if (result.failures > 0) {
    parts.push(
      '',
      `${result.failures} runs failed (their ranks count as missing); first: ${result.firstFailure}`,
    );
    if (result.sensitivity) {
      parts.push(
        'As in COINr, a failed run leaves the sensitivity indices undefined: choose alternatives that work together.',
      );
    }
  }
  parts.push(
    '',
    `${result.runs} runs in ${seconds.toFixed(2)} s on ${workers} worker${workers === 1 ? '' : 's'}`,
    `Results written: ${files.join(', ')}`,
  );
  return parts.filter((p, i) => p !== '' || i !== 1).join('\n');
}
