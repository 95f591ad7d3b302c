// Robustness of the ranking: a seeded uncertainty analysis (weights ± 25 %, one indicator left out) per unit.
import type { PipelineInput } from '../engine/pipeline.js';
import { createRandom } from '../engine/random.js';
import { evaluatePlan, runTask, summarise } from '../engine/uncertainty/analyse.js';
import type { UncertainChoice } from '../engine/uncertainty/choices.js';
import { rankIntervals } from '../engine/uncertainty/rankStatistics.js';
import { samplePlan } from '../engine/uncertainty/samplePlan.js';
import { finiteOrNull, ranksOf } from './access.js';
import type { EditionData } from './types.js';

export interface RobustnessOptions {
  runs?: number;
  seed?: number;
  /** Relative perturbation of every weight (default 0.25). */
  perturbation?: number;
}

export interface RankInterval {
  code: string;
  name: string;
  rank: number | null;
  p05: number | null;
  median: number | null;
  p95: number | null;
}

export interface RobustnessResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  runs: number;
  seed: number;
  perturbation: number;
  failedRuns: number;
  /** Units in rank order with the 5 %, median and 95 % rank over the runs. */
  units: RankInterval[];
}

/** The same rule as `compare`: weights ± 25 % and one indicator (or none) left out in each run, fixed seed. */
export function analyseRobustness(data: EditionData, options: RobustnessOptions = {}): RobustnessResult {
  const runs = options.runs ?? 200;
  const seed = options.seed ?? 1;
  const perturbation = options.perturbation ?? 0.25;
  const structure = data.structure;
  const choices: UncertainChoice[] = [
    { kind: 'weights', perturbation },
    { kind: 'exclude', alternatives: [null, ...structure.indicators.map((i) => i.code)] },
  ];
  const input: PipelineInput = data.input;
  const plan = samplePlan(structure, choices, runs, 'ua', createRandom(seed));
  const opts = { topK: 1, nBoot: 0 };
  const task = runTask(structure, input, choices, plan, opts);
  const result = summarise(task, plan, evaluatePlan(task, plan.draws), opts, createRandom(seed));
  const rows = rankIntervals(result.ranks, result.nominalRanks, input.units);
  const byCode = new Map(rows.map((r) => [r.unit, r]));
  const ranks = ranksOf(data, structure.root);
  const units = data.units
    .map((u, i): RankInterval => {
      const r = byCode.get(u.code);
      return {
        code: u.code,
        name: u.name,
        rank: finiteOrNull(ranks[i]!),
        p05: r ? finiteOrNull(r.p05) : null,
        median: r ? finiteOrNull(r.median) : null,
        p95: r ? finiteOrNull(r.p95) : null,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    runs,
    seed,
    perturbation,
    failedRuns: result.failures,
    units,
  };
}
