import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregators } from '../../../src/engine/aggregate/index.js';
import { normalisers } from '../../../src/engine/normalise/index.js';
import { computeIndex } from '../../../src/engine/pipeline.js';
import { createRandom } from '../../../src/engine/random.js';
import type { MethodChoice } from '../../../src/engine/structure.js';
import { analyse, runTask, summarise } from '../../../src/engine/uncertainty/analyse.js';
import { applyChoices } from '../../../src/engine/uncertainty/applyChoices.js';
import type { UncertainChoice } from '../../../src/engine/uncertainty/choices.js';
import { evaluateRuns } from '../../../src/engine/uncertainty/evaluateRuns.js';
import { formatParameterTable, parseParameterTable } from '../../../src/engine/uncertainty/parameterTable.js';
import { rootScores, RunScorer, StageCache } from '../../../src/engine/uncertainty/rootScores.js';
import { samplePlan } from '../../../src/engine/uncertainty/samplePlan.js';
import { evaluateInWorkers } from '../../../src/parallel/evaluateInWorkers.js';
import { syntheticInput, twoGroupStructure } from './fixtures.js';

const method = (name: string, params: MethodChoice['params'] = {}): MethodChoice => ({
  method: name,
  params,
});
/** Alternatives among the methods registered when the test runs (others are being added). */
const registered = (registry: object, ...choices: MethodChoice[]) =>
  choices.filter((c) => Object.hasOwn(registry, c.method));

const structure = twoGroupStructure();
const input = syntheticInput(structure, 30, 4, 0.05);
const choices: UncertainChoice[] = [
  { kind: 'weights', perturbation: 0.25 },
  {
    kind: 'normalise',
    alternatives: registered(
      normalisers,
      method('minmax', { low: 0, high: 100 }),
      method('zscore'),
      method('rank'),
    ),
  },
  { kind: 'aggregate', alternatives: registered(aggregators, method('arithmetic'), method('harmonic')) },
  { kind: 'exclude', alternatives: [null, 'a1', 'b2', 'A'] },
];
const options = { topK: 5, nBoot: 100 };
const run = (seed: number, n = 40) => {
  const random = createRandom(seed);
  return analyse(structure, input, choices, samplePlan(structure, choices, n, 'sa', random), options, random);
};

describe('one run’s root scores', () => {
  it('equal computeIndex’s, whatever the draw and whatever the cache holds', () => {
    const cache = new StageCache(2);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const plan = samplePlan(structure, choices, 3, 'ua', createRandom(seed));
        const variant = applyChoices(structure, choices, plan.draws[0]!);
        const outcome = (f: () => Float64Array) => {
          try {
            return Array.from(f());
          } catch (error) {
            return String(error);
          }
        };
        const want = outcome(() => computeIndex(variant, input).scores.get('index')!);
        expect(outcome(() => rootScores(variant, input, cache))).toEqual(want);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a scorer reused run after run', () => {
  it('gives computeIndex’s root scores for every run, reusing what did not change and surviving failures', () => {
    const varied: UncertainChoice[] = [
      { kind: 'weights', node: 'B', perturbation: 0.5 },
      { kind: 'weights', node: 'index', perturbation: 1, name: 'top' },
      {
        kind: 'aggregate',
        level: 2,
        alternatives: registered(aggregators, method('arithmetic'), method('geometric'), method('harmonic')),
      },
      { kind: 'exclude', alternatives: [null, null, 'a1', 'B'] },
      ...choices.slice(1, 2),
    ];
    const plan = samplePlan(structure, varied, 150, 'ua', createRandom(11));
    // Repeat some runs verbatim, so that whole runs are served from what the scorer kept.
    const draws = plan.draws.flatMap((draw, r) => (r % 5 === 0 ? [draw, draw] : [draw]));
    const scorer = new RunScorer(input, new StageCache(3));
    const outcome = (f: () => Float64Array) => {
      try {
        return Array.from(f());
      } catch (error) {
        return String(error);
      }
    };
    let failures = 0;
    for (const draw of draws) {
      const variant = applyChoices(structure, varied, draw);
      const want = outcome(() => computeIndex(variant, input).scores.get('index')!);
      if (typeof want === 'string') failures++;
      expect(outcome(() => scorer.rootScores(variant))).toEqual(want);
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe('an uncertainty and sensitivity analysis', () => {
  it('gives the same result for the same seed and another for another seed', () => {
    const a = run(1);
    expect(run(1)).toEqual(a);
    const b = run(2);
    expect(Array.from(b.shift)).not.toEqual(Array.from(a.shift));
    expect(a.runs).toBe(40 * 6);
    expect(a.statisticRuns).toBe(80);
    expect(a.sensitivity!.map((r) => r.choice)).toEqual(['weights', 'normalise', 'aggregate', 'exclude']);
  });

  it('takes rank statistics from the runs of A and B, as COINr', () => {
    const a = run(3, 10);
    const units = input.units.length;
    expect(a.ranks.length).toBe(20 * units);
    expect(a.statistics.count[0]).toBeLessThanOrEqual(20);
  });

  it('gives zero indices to a choice between two identical alternatives (COINr test-sensitivity.R)', () => {
    const same: UncertainChoice[] = [
      { kind: 'weights', perturbation: 0.3 },
      {
        kind: 'normalise',
        alternatives: [method('minmax', { low: 1, high: 100 }), method('minmax', { low: 1, high: 100 })],
      },
    ];
    const random = createRandom(8);
    const result = analyse(
      structure,
      input,
      same,
      samplePlan(structure, same, 20, 'sa', random),
      options,
      random,
    );
    expect(result.sensitivity![1]!.si).toBe(0);
    expect(result.sensitivity![1]!.sti).toBe(0);
    expect(result.sensitivity![0]!.sti).toBeGreaterThan(0);
  });

  it('counts runs the engine rejects as failed, with missing ranks', () => {
    const failing: UncertainChoice[] = [
      { kind: 'weights', perturbation: 0.1 },
      { kind: 'exclude', alternatives: [null, 'index'] },
    ];
    const random = createRandom(1);
    const result = analyse(
      structure,
      input,
      failing,
      samplePlan(structure, failing, 10, 'ua', random),
      options,
      random,
    );
    expect(result.failures).toBeGreaterThan(0);
    expect(result.firstFailure).toMatch(/the whole index cannot be left out/);
    const zero: UncertainChoice[] = [
      { kind: 'weights', perturbation: 0.1 },
      { kind: 'weights', node: 'index', perturbation: 1, name: 'w' },
    ];
    const plan = samplePlan(structure, zero, 10, 'ua', createRandom(3));
    plan.draws[0] = [plan.draws[0]![0]!, { weights: { A: 0, B: 0 } }];
    const withFailure = analyse(structure, input, zero, plan, options, createRandom(1));
    expect(withFailure.failures).toBe(1);
    expect(withFailure.firstFailure).toMatch(/run 1: index: the weights of its children sum to zero/);
    expect(withFailure.shift[0]).toBeNaN();
  });

  it('gives the same runs in one batch, in several, and in worker threads', async () => {
    const random = createRandom(5);
    const plan = samplePlan(structure, choices, 12, 'sa', random);
    const task = runTask(structure, input, choices, plan, options);
    const whole = summarise(task, plan, [evaluateRuns(task, plan.draws, 0)], options, createRandom(1));
    const parts = [
      evaluateRuns(task, plan.draws.slice(30), 30),
      evaluateRuns(task, plan.draws.slice(0, 30), 0),
    ];
    expect(summarise(task, plan, parts, options, createRandom(1))).toEqual(whole);
    const threaded = await evaluateInWorkers(task, plan.draws, 2);
    expect(summarise(task, plan, threaded, options, createRandom(1))).toEqual(whole);
  });

  it('replays the runs its parameter table lists, run for run', () => {
    const random = createRandom(6);
    const plan = samplePlan(structure, choices, 8, 'sa', random);
    const all = { ...options, keepAllRanks: true };
    const original = analyse(structure, input, choices, plan, all, createRandom(1));
    const table = formatParameterTable(choices, plan.draws);
    const replay = parseParameterTable(table);
    expect(replay.runs).toEqual(plan.draws.map((_, r) => String(r + 1)));
    const again = analyse(
      structure,
      input,
      replay.choices,
      { ...plan, draws: replay.draws },
      all,
      createRandom(1),
    );
    expect(Array.from(again.ranks)).toEqual(Array.from(original.ranks));
    expect(Array.from(again.shift)).toEqual(Array.from(original.shift));
    expect(again.sensitivity!.map((r) => [r.si, r.sti])).toEqual(
      original.sensitivity!.map((r) => [r.si, r.sti]),
    );
  });
});
