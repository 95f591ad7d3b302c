// Runs a slice of an analysis: each draw's structure, its root ranks and its mean absolute rank shift.
import { EngineError } from '../errors.js';
import type { PipelineInput } from '../pipeline.js';
import { RankScratch } from '../rank.js';
import type { IndexStructure } from '../structure.js';
import { applyChoices } from './applyChoices.js';
import type { Draw, UncertainChoice } from './choices.js';
import { rankArray, rankInto, type RankArray } from './rankInto.js';
import { RunScorer, StageCache } from './rootScores.js';

export interface RunTask {
  structure: IndexStructure;
  input: PipelineInput;
  choices: readonly UncertainChoice[];
  /** The nominal root scores (NaN = missing) and ranks (0 = missing). */
  nominalScores: Float64Array;
  nominal: RankArray;
  /** Runs numbered below this keep their ranks (those the rank statistics are taken from). */
  keepRanksBelow: number;
}

export interface RunBatch {
  from: number;
  /** The kept runs' ranks, run after run, one per unit (0 = missing). */
  ranks: RankArray;
  /** Per run: the mean over units of |rank − nominal rank| (COINr's sensitivity target); NaN if it failed. */
  shift: Float64Array;
  failures: number;
  firstFailure: string | null;
}

/**
 * Evaluates the runs numbered from, from + 1, … with the given draws. A run the engine rejects counts as
 * failed. The kept runs' ranks go into `ranksOut` when given (keptRuns × units ranks), else a new array.
 */
export function evaluateRuns(
  task: RunTask,
  draws: readonly Draw[],
  from: number,
  onProgress?: (done: number) => void,
  ranksOut?: RankArray,
): RunBatch {
  const units = task.input.units.length;
  const kept = keptRuns(task, from, draws.length);
  if (ranksOut && ranksOut.length !== kept * units)
    throw new RangeError(`room for ${ranksOut.length} ranks, not for the ${kept * units} kept`);
  const ranks = ranksOut ?? rankArray(kept * units, units);
  const shift = new Float64Array(draws.length);
  // One scorer and one rank scratch for all the runs: they keep their buffers from run to run.
  const runRanks = rankArray(units, units);
  const scratch = new RankScratch();
  const scorer = new RunScorer(
    task.input,
    new StageCache(cacheCapacity(units, task.structure.indicators.length)),
  );
  let failures = 0;
  let firstFailure: string | null = null;
  for (let r = 0; r < draws.length; r++) {
    try {
      const structure = applyChoices(task.structure, task.choices, draws[r]!);
      rankInto(scorer.rootScores(structure, frontKey(task.choices, draws[r]!)), runRanks, scratch);
      shift[r] = meanAbsoluteShift(runRanks, task.nominal);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      runRanks.fill(0);
      shift[r] = Number.NaN;
      failures++;
      firstFailure ??= `run ${from + r + 1}: ${error.message}`;
    }
    if (r < kept) ranks.set(runRanks, r * units);
    onProgress?.(r + 1);
  }
  return { from, ranks, shift, failures, firstFailure };
}

/** How many of the runs numbered from, …, from + count − 1 keep their ranks. */
export function keptRuns(task: RunTask, from: number, count: number): number {
  return Math.max(0, Math.min(from + count, task.keepRanksBelow) - from);
}

/** As many cached front stages as fit in about 64 MB, at least 8, at most 1024. */
function cacheCapacity(units: number, indicators: number): number {
  return Math.max(8, Math.min(1024, Math.floor((64 * 2 ** 20) / Math.max(1, units * indicators * 8))));
}

/**
 * What the stages before weighting depend on in a run: the alternatives of its method and exclusion
 * choices (weights and aggregation come later; imputation is taken not to depend on weights).
 */
function frontKey(choices: readonly UncertainChoice[], draw: Draw): string {
  let key = '';
  for (let c = 0; c < choices.length; c++) {
    const value = draw[c]!;
    if (choices[c]!.kind !== 'weights' && choices[c]!.kind !== 'aggregate' && 'alternative' in value)
      key += `${value.alternative},`;
  }
  return key;
}

/** Mean of |rank − nominal| over the units ranked in both (COINr: mean(abs(x − Nominal), na.rm = TRUE)). */
export function meanAbsoluteShift(ranks: RankArray, nominal: RankArray): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i]!;
    const n = nominal[i]!;
    if (r === 0 || n === 0) continue;
    sum += Math.abs(r - n);
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}
