import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random.js';
import type { UncertainChoice } from '../../../src/engine/uncertainty/choices.js';
import { samplePlan } from '../../../src/engine/uncertainty/samplePlan.js';
import { twoGroupStructure } from './fixtures.js';

const choices: UncertainChoice[] = [
  { kind: 'weights', perturbation: 0.25 },
  { kind: 'exclude', alternatives: [null, 'a1', 'b2'] },
  { kind: 'weights', node: 'B', perturbation: 0.5, name: 'B weights' },
];

describe('the sample of runs', () => {
  it('lays out Saltelli’s design as COINr’s SA_sample: A, B, then A with choice i from B (N × (d + 2) runs)', () => {
    const plan = samplePlan(twoGroupStructure(), choices, 5, 'sa', createRandom(1));
    expect(plan.draws).toHaveLength(5 * 5);
    const a = plan.draws.slice(0, 5);
    const b = plan.draws.slice(5, 10);
    for (let i = 0; i < 3; i++) {
      plan.draws.slice((2 + i) * 5, (3 + i) * 5).forEach((row, r) => {
        row.forEach((value, c) => expect(value).toEqual(c === i ? b[r]![c] : a[r]![c]));
      });
    }
  });

  it('perturbs each targeted weight by a uniform factor in [1 − x, 1 + x] and picks alternatives uniformly', () => {
    const plan = samplePlan(twoGroupStructure(), choices, 2000, 'ua', createRandom(2));
    const nominal: Record<string, number> = { a1: 1, a2: 2, b1: 1, b2: 1, b3: 1, A: 1, B: 2 };
    const picks = [0, 0, 0];
    for (const [all, exclude, onlyB] of plan.draws) {
      if (!('weights' in all!) || !('weights' in onlyB!) || !('alternative' in exclude!))
        throw new Error('wrong value kinds');
      expect(Object.keys(all.weights)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'A', 'B']);
      expect(Object.keys(onlyB.weights)).toEqual(['b1', 'b2', 'b3']);
      for (const [code, w] of Object.entries(all.weights))
        expect(Math.abs(w / nominal[code]! - 1)).toBeLessThanOrEqual(0.25);
      for (const [code, w] of Object.entries(onlyB.weights))
        expect(Math.abs(w / nominal[code]! - 1)).toBeLessThanOrEqual(0.5);
      picks[exclude.alternative]!++;
    }
    for (const p of picks) expect(Math.abs(p - 2000 / 3)).toBeLessThan(100);
  });

  it('is the same for the same seed and differs for another', () => {
    const plan = (seed: number) =>
      samplePlan(twoGroupStructure(), choices, 10, 'sa', createRandom(seed)).draws;
    expect(plan(3)).toEqual(plan(3));
    expect(plan(3)).not.toEqual(plan(4));
  });

  it('needs N ≥ 3, and two choices for a sensitivity analysis', () => {
    expect(() => samplePlan(twoGroupStructure(), choices, 2, 'ua', createRandom(1))).toThrow(/at least 3/);
    expect(() => samplePlan(twoGroupStructure(), choices.slice(0, 1), 10, 'sa', createRandom(1))).toThrow(
      /two uncertain choices/,
    );
    expect(() =>
      samplePlan(twoGroupStructure(), [choices[0]!, choices[0]!], 10, 'ua', createRandom(1)),
    ).toThrow(/name/);
  });
});
