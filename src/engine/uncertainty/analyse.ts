// An uncertainty and sensitivity analysis of the index ranks: plan the runs, evaluate them, summarise.
import { EngineError } from '../errors.js';
import type { PipelineInput } from '../pipeline.js';
import type { Random } from '../random.js';
import type { IndexStructure } from '../structure.js';
import { checkChoices, checkMethods, choiceName, type Draw, type UncertainChoice } from './choices.js';
import { evaluateRuns, type RunBatch, type RunTask } from './evaluateRuns.js';
import { rankArray, rankBytes, rankInto, rankView, type RankArray } from './rankInto.js';
import { rankStatistics, type RankStatistics } from './rankStatistics.js';
import { rootScores, StageCache } from './rootScores.js';
import type { AnalysisType, SamplePlan } from './samplePlan.js';
import { sobolIndices, sobolIntervals } from './sobol.js';

export interface AnalysisOptions {
  /** Units ranked k or better count as a top-k place. */
  topK: number;
  /** Bootstrap rounds for the intervals of the sensitivity indices (0: none). */
  nBoot: number;
  /** Keep every run's ranks (replay), not only those the statistics use. */
  keepAllRanks?: boolean;
}

export interface SensitivityRow {
  choice: string;
  si: number;
  siLow: number;
  siHigh: number;
  sti: number;
  stiLow: number;
  stiHigh: number;
}

export interface UncertaintyResult {
  type: AnalysisType;
  n: number;
  d: number;
  /** All runs: N (ua) or N × (d + 2) (sa). */
  runs: number;
  /** Runs the rank statistics are taken from: all (ua) or those of A and B, 2N (sa), as COINr. */
  statisticRuns: number;
  choices: string[];
  nominalScores: Float64Array;
  nominalRanks: RankArray;
  statistics: RankStatistics;
  /** The kept runs' ranks, run after run (0 = missing). */
  ranks: RankArray;
  /** Per run: mean absolute rank shift from nominal. */
  shift: Float64Array;
  /** Output variance and indices per choice (sa only). */
  variance: number | null;
  sensitivity: SensitivityRow[] | null;
  failures: number;
  firstFailure: string | null;
}

/** The nominal root scores and ranks: the structure as it is, through the same path as every run. */
export function nominal(
  structure: IndexStructure,
  input: PipelineInput,
): { scores: Float64Array; ranks: RankArray } {
  const scores = rootScores(structure, input, new StageCache(1));
  const units = input.units.length;
  const ranks = rankArray(units, units);
  rankInto(scores, ranks);
  return { scores, ranks };
}

/** The task the runs share, and how many of them keep their ranks. */
export function runTask(
  structure: IndexStructure,
  input: PipelineInput,
  choices: readonly UncertainChoice[],
  plan: SamplePlan,
  options: AnalysisOptions,
): RunTask {
  checkChoices(choices);
  checkMethods(choices);
  const keepRanksBelow = options.keepAllRanks ? plan.draws.length : statisticRuns(plan);
  const { scores, ranks } = nominal(structure, input);
  return { structure, input, choices, nominal: ranks, nominalScores: scores, keepRanksBelow };
}

/** Evaluates every run here, in this thread. */
export function evaluatePlan(
  task: RunTask,
  draws: readonly Draw[],
  onProgress?: (done: number) => void,
): RunBatch[] {
  return [evaluateRuns(task, draws, 0, onProgress)];
}

/** Rank statistics and (sa) sensitivity indices of the evaluated runs; `random` draws the bootstrap. */
export function summarise(
  task: RunTask,
  plan: SamplePlan,
  batches: readonly RunBatch[],
  options: AnalysisOptions,
  random: Random,
): UncertaintyResult {
  const units = task.input.units.length;
  const { ranks, shift, failures, firstFailure } = merge(
    batches,
    plan.draws.length,
    task.keepRanksBelow * units,
    units,
  );
  const used = statisticRuns(plan);
  const sa = plan.type === 'sa' ? sensitivity(shift, plan, task.choices, options, random) : null;
  return {
    type: plan.type,
    n: plan.n,
    d: plan.d,
    runs: plan.draws.length,
    statisticRuns: used,
    choices: task.choices.map(choiceName),
    nominalScores: task.nominalScores,
    nominalRanks: task.nominal,
    statistics: rankStatistics(ranks.subarray(0, used * units), task.nominal, options.topK),
    ranks,
    shift,
    variance: sa?.variance ?? null,
    sensitivity: sa?.rows ?? null,
    failures,
    firstFailure,
  };
}

/** Plan, evaluate and summarise in this thread. */
export function analyse(
  structure: IndexStructure,
  input: PipelineInput,
  choices: readonly UncertainChoice[],
  plan: SamplePlan,
  options: AnalysisOptions,
  random: Random,
): UncertaintyResult {
  const task = runTask(structure, input, choices, plan, options);
  return summarise(task, plan, evaluatePlan(task, plan.draws), options, random);
}

function statisticRuns(plan: SamplePlan): number {
  return plan.type === 'sa' ? 2 * plan.n : plan.draws.length;
}

function sensitivity(
  shift: Float64Array,
  plan: SamplePlan,
  choices: readonly UncertainChoice[],
  options: AnalysisOptions,
  random: Random,
): { variance: number; rows: SensitivityRow[] } {
  const { variance, si, sti } = sobolIndices(shift, plan.n, plan.d);
  const ci = options.nBoot > 0 ? sobolIntervals(shift, plan.n, plan.d, options.nBoot, random) : null;
  const rows = choices.map((choice, i) => ({
    choice: choiceName(choice),
    si: si[i]!,
    siLow: ci ? ci.siLow[i]! : Number.NaN,
    siHigh: ci ? ci.siHigh[i]! : Number.NaN,
    sti: sti[i]!,
    stiLow: ci ? ci.stiLow[i]! : Number.NaN,
    stiHigh: ci ? ci.stiHigh[i]! : Number.NaN,
  }));
  return { variance, rows };
}

function merge(batches: readonly RunBatch[], runs: number, rankCells: number, units: number) {
  const inPlace = ranksInPlace(batches, rankCells, units);
  const ranks = inPlace ?? rankArray(rankCells, units);
  const shift = new Float64Array(runs);
  let failures = 0;
  let firstFailure: string | null = null;
  for (const batch of [...batches].sort((a, b) => a.from - b.from)) {
    if (!inPlace && batch.ranks.length > 0) ranks.set(batch.ranks, batch.from * units);
    shift.set(batch.shift, batch.from);
    failures += batch.failures;
    firstFailure ??= batch.firstFailure;
  }
  if (failures === runs) throw new EngineError('uncertainty', `every run failed; the first: ${firstFailure}`);
  return { ranks, shift, failures, firstFailure };
}

/**
 * The merged ranks without a copy, when the batches' ranks already lie each at its place in one buffer
 * (a single batch, or worker threads writing into shared memory): with many units and runs, a second
 * copy of all ranks would be hundreds of megabytes. Else null.
 */
function ranksInPlace(batches: readonly RunBatch[], rankCells: number, units: number): RankArray | null {
  const buffer = batches[0]?.ranks.buffer;
  if (!buffer || buffer.byteLength < rankCells * rankBytes(units)) return null;
  for (const { ranks, from } of batches) {
    if (ranks.length === 0) continue;
    if (ranks.buffer !== buffer || ranks.byteOffset !== from * units * rankBytes(units)) return null;
  }
  return rankView(buffer, 0, rankCells, units);
}
