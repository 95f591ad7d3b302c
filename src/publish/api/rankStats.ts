// GET /api/editions/{year}/rank-stats: each unit's rank interval from a seeded uncertainty analysis.
//
// Decision: the runs are made in the server's memory, once per edition and unit set, when first needed (the
// `serve` command warms them before it listens), and dropped with the cache on recompute. With 200 runs they
// take well under a second for the 53 municipalities, so a table in the database is not worth its migration.
// The settings are those of `digitalindex compare` (weights ± 25 %, one indicator left out, seed 1), so the
// intervals the dashboard shows are the ones the meaningful-change rule uses.
import { createRandom } from '../../engine/random.js';
import { evaluatePlan, runTask, summarise } from '../../engine/uncertainty/analyse.js';
import type { UncertainChoice } from '../../engine/uncertainty/choices.js';
import { samplePlan } from '../../engine/uncertainty/samplePlan.js';
import { COMPARE_DEFAULTS } from '../../workflow/compareEditions.js';
import { editionScope } from './notice.js';
import { finite } from './published.js';
import type { Snapshot } from './snapshot.js';
import type { RankStatsResponse, RankStatsUnit, UncertaintySettings } from './types.js';

export const RANK_RUNS = { runs: COMPARE_DEFAULTS.runs, seed: COMPARE_DEFAULTS.seed } as const;

export function buildRankStats(
  snapshot: Snapshot,
  runs = RANK_RUNS.runs,
  seed = RANK_RUNS.seed,
): RankStatsResponse {
  const { structure, input, result } = snapshot.data;
  const choices: UncertainChoice[] = [
    { kind: 'weights', perturbation: COMPARE_DEFAULTS.perturbation },
    { kind: 'exclude', alternatives: [null, ...structure.indicators.map((i) => i.code)] },
  ];
  const plan = samplePlan(structure, choices, runs, 'ua', createRandom(seed));
  const options = { topK: 1, nBoot: 0 };
  const task = runTask(structure, input, choices, plan, options);
  const summary = summarise(task, plan, evaluatePlan(task, plan.draws), options, createRandom(seed));
  const stats = summary.statistics;
  // The analysis ranks the input's units; the snapshot's units are the computed ones (after screening).
  const position = new Map(input.units.map((code, i) => [code, i]));
  const rootRanks = result.ranks.get(structure.root)!;
  const settings: UncertaintySettings = {
    runs,
    seed,
    weightsPerturbation: COMPARE_DEFAULTS.perturbation,
    excludeOne: true,
    computedAt: new Date().toISOString(),
  };
  const units = snapshot.units.map((u, i): RankStatsUnit => {
    const at = position.get(u.code);
    const pick = (column: Float64Array) => (at === undefined ? null : finite(column[at]));
    return {
      code: u.code,
      name: u.name,
      nominal: finite(rootRanks[i]),
      median: pick(stats.median),
      p5: pick(stats.p05),
      p95: pick(stats.p95),
    };
  });
  units.sort((a, b) => (a.nominal ?? Infinity) - (b.nominal ?? Infinity) || (a.code < b.code ? -1 : 1));
  return {
    ...editionScope(snapshot.edition),
    unitSet: snapshot.data.unitSet,
    node: structure.root,
    settings,
    units,
  };
}
