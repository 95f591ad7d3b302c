// Compares two editions unit by unit: index score and rank change, and whether the change is meaningful.
//
// The rule: a unit's change is meaningful when its rank in the later edition lies outside the 5–95 % rank
// interval of the earlier edition, as the uncertainty analysis of the earlier edition gives it (weights
// perturbed by ± 25 % and one indicator left out, N random runs from a fixed seed; COINr's defaults). A rank
// move inside that interval is no larger than what the index's own modelling choices can produce.
import { computeIndex, type PipelineInput } from '../engine/pipeline.js';
import { createRandom } from '../engine/random.js';
import type { IndexStructure } from '../engine/structure.js';
import { evaluatePlan, runTask, summarise } from '../engine/uncertainty/analyse.js';
import type { UncertainChoice } from '../engine/uncertainty/choices.js';
import { rankIntervals } from '../engine/uncertainty/rankStatistics.js';
import { samplePlan } from '../engine/uncertainty/samplePlan.js';
import type { Unit } from '../model/index.js';
import type { Store } from '../store/index.js';
import { getEdition } from '../store/editions.js';
import { StoreError } from '../store/errors.js';
import { loadEdition } from './loadEdition.js';

export interface CompareRequest {
  from: number;
  to: number;
  unitSet: string;
  /** Runs of the uncertainty analysis of the earlier edition. */
  runs: number;
  seed: number;
}

export const COMPARE_DEFAULTS = { runs: 200, seed: 1, perturbation: 0.25 } as const;

export const MEANINGFUL_RULE =
  'meaningful: the rank in the later edition lies outside the 5–95 % rank interval of the earlier edition ' +
  '(uncertainty analysis of the earlier edition: weights ± 25 %, one indicator left out, fixed seed)';

export interface UnitChange {
  unit: string;
  name: string;
  fromScore: number | null;
  toScore: number | null;
  /** toScore − fromScore. */
  scoreChange: number | null;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank: positive when the unit moved up. */
  rankChange: number | null;
  /** The earlier edition's 5 %, median and 95 % rank over the uncertainty runs. */
  fromInterval: { p05: number; median: number; p95: number } | null;
  /** Null when a rank or the interval is missing. */
  meaningful: boolean | null;
}

export interface Comparison {
  from: number;
  to: number;
  unitSet: string;
  synthetic: boolean;
  root: string;
  runs: number;
  seed: number;
  rule: string;
  failedRuns: number;
  units: UnitChange[];
}

export async function compareEditions(store: Store, request: CompareRequest): Promise<Comparison> {
  if (request.from === request.to) {
    throw new StoreError(`--from and --to are both ${request.from}: compare two different editions`);
  }
  const editions = await Promise.all(
    [request.from, request.to].map(async (year) => {
      const stored = await getEdition(store.db, year);
      if (!stored) throw new StoreError(`edition ${year} is not in the database`);
      return stored;
    }),
  );
  const earlier = await loadEdition(store, request.from, request.unitSet);
  const later = await loadEdition(store, request.to, request.unitSet);
  const before = rootOutcome(earlier.structure, earlier.input);
  const after = rootOutcome(later.structure, later.input);
  const { intervals, failures } = rankIntervalsOf(earlier.structure, earlier.input, request);
  return {
    from: request.from,
    to: request.to,
    unitSet: request.unitSet,
    synthetic: editions.some((e) => e.synthetic),
    root: later.structure.root,
    runs: request.runs,
    seed: request.seed,
    rule: MEANINGFUL_RULE,
    failedRuns: failures,
    units: unitChanges(earlier.units, before, after, intervals),
  };
}

interface RootOutcome {
  score: Map<string, number>;
  rank: Map<string, number>;
}

function rootOutcome(structure: IndexStructure, input: PipelineInput): RootOutcome {
  const result = computeIndex(structure, input);
  const scores = result.scores.get(structure.root)!;
  const ranks = result.ranks.get(structure.root)!;
  const score = new Map<string, number>();
  const rank = new Map<string, number>();
  result.units.forEach((unit, i) => {
    if (Number.isFinite(scores[i]!)) score.set(unit, scores[i]!);
    if (Number.isFinite(ranks[i]!)) rank.set(unit, ranks[i]!);
  });
  return { score, rank };
}

/** The 5–95 % rank interval of every unit of the earlier edition, from a seeded uncertainty analysis. */
function rankIntervalsOf(structure: IndexStructure, input: PipelineInput, request: CompareRequest) {
  const choices: UncertainChoice[] = [
    { kind: 'weights', perturbation: COMPARE_DEFAULTS.perturbation },
    { kind: 'exclude', alternatives: [null, ...structure.indicators.map((i) => i.code)] },
  ];
  const plan = samplePlan(structure, choices, request.runs, 'ua', createRandom(request.seed));
  const options = { topK: 1, nBoot: 0 };
  const task = runTask(structure, input, choices, plan, options);
  const result = summarise(task, plan, evaluatePlan(task, plan.draws), options, createRandom(request.seed));
  const rows = rankIntervals(result.ranks, result.nominalRanks, input.units);
  return { intervals: new Map(rows.map((r) => [r.unit, r])), failures: result.failures };
}

function unitChanges(
  units: readonly Unit[],
  before: RootOutcome,
  after: RootOutcome,
  intervals: Map<string, { p05: number; median: number; p95: number }>,
): UnitChange[] {
  const changes = units.map((unit): UnitChange => {
    const fromScore = before.score.get(unit.code) ?? null;
    const toScore = after.score.get(unit.code) ?? null;
    const fromRank = before.rank.get(unit.code) ?? null;
    const toRank = after.rank.get(unit.code) ?? null;
    const interval = intervals.get(unit.code);
    const fromInterval =
      interval && [interval.p05, interval.median, interval.p95].every(Number.isFinite)
        ? { p05: interval.p05, median: interval.median, p95: interval.p95 }
        : null;
    return {
      unit: unit.code,
      name: unit.name,
      fromScore,
      toScore,
      scoreChange: fromScore === null || toScore === null ? null : toScore - fromScore,
      fromRank,
      toRank,
      rankChange: fromRank === null || toRank === null ? null : fromRank - toRank,
      fromInterval,
      meaningful:
        toRank === null || fromRank === null || fromInterval === null
          ? null
          : toRank < fromInterval.p05 || toRank > fromInterval.p95,
    };
  });
  const order = (c: UnitChange) => c.toRank ?? Infinity;
  return changes.sort((a, b) => order(a) - order(b) || a.unit.localeCompare(b.unit));
}
