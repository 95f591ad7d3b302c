import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import { applyChoices } from '../../../src/engine/uncertainty/applyChoices.js';
import type { UncertainChoice } from '../../../src/engine/uncertainty/choices.js';
import { excludeNode } from '../../../src/engine/uncertainty/excludeNode.js';
import { twoGroupStructure } from './fixtures.js';

const weightOf = (s: ReturnType<typeof twoGroupStructure>, code: string) =>
  [...s.indicators, ...s.aggregates].find((n) => n.code === code)?.weight;

describe('leaving a node out', () => {
  it('drops an indicator and scales its siblings to the group’s former total weight', () => {
    // A ← a1 (1), a2 (2): without a1, a2 carries 3.
    const s = excludeNode(twoGroupStructure(), 'a1');
    expect(s.indicators.map((i) => i.code)).toEqual(['a2', 'b1', 'b2', 'b3']);
    expect(s.aggregates.find((a) => a.code === 'A')!.children).toEqual(['a2']);
    expect(weightOf(s, 'a2')).toBe(3);
    expect(weightOf(s, 'b1')).toBe(1);
  });

  it('drops a sub-index with its indicators; the other sub-index takes the whole weight', () => {
    // index ← A (1), B (2): without A, B carries 3.
    const s = excludeNode(twoGroupStructure(), 'A');
    expect(s.indicators.map((i) => i.code)).toEqual(['b1', 'b2', 'b3']);
    expect(s.aggregates.map((a) => a.code)).toEqual(['B', 'index']);
    expect(weightOf(s, 'B')).toBe(3);
  });

  it('drops a parent left without children, and refuses to drop the index', () => {
    const s = excludeNode(excludeNode(twoGroupStructure(), 'a1'), 'a2');
    expect(s.aggregates.map((a) => a.code)).toEqual(['B', 'index']);
    expect(() => excludeNode(twoGroupStructure(), 'index')).toThrow(EngineError);
    expect(() => excludeNode(twoGroupStructure(), 'zz')).toThrow(/not in the index/);
  });
});

describe('applying one run’s draw', () => {
  const choices: UncertainChoice[] = [
    { kind: 'weights', perturbation: 0.25 },
    {
      kind: 'normalise',
      alternatives: [
        { method: 'minmax', params: {} },
        { method: 'zscore', params: { mean: 10, sd: 2 } },
      ],
    },
    {
      kind: 'aggregate',
      alternatives: [
        { method: 'arithmetic', params: {} },
        { method: 'geometric', params: {} },
      ],
      level: 3,
    },
    { kind: 'exclude', alternatives: [null, 'b1'] },
  ];

  it('sets weights and methods, then leaves nodes out (siblings share the perturbed weight)', () => {
    const s = applyChoices(twoGroupStructure(), choices, [
      { weights: { b1: 2, b2: 0.5, A: 1.5 } },
      { alternative: 1 },
      { alternative: 1 },
      { alternative: 1 },
    ]);
    expect(s.pipeline.normalise).toEqual({ method: 'zscore', params: { mean: 10, sd: 2 } });
    expect(s.pipeline.aggregate.method).toBe('arithmetic');
    expect(s.pipeline.aggregateByLevel[3]).toEqual({ method: 'geometric', params: {} });
    expect(weightOf(s, 'A')).toBe(1.5);
    // B ← b1 (2), b2 (0.5), b3 (1): without b1, b2 and b3 scale by 3.5/1.5.
    expect(weightOf(s, 'b2')).toBeCloseTo(0.5 * (3.5 / 1.5), 14);
    expect(weightOf(s, 'b3')).toBeCloseTo(3.5 / 1.5, 14);
  });

  it('leaves the structure it was given unchanged', () => {
    const base = twoGroupStructure();
    const before = JSON.stringify(base);
    applyChoices(base, choices, [
      { weights: { a1: 9 } },
      { alternative: 1 },
      { alternative: 0 },
      { alternative: 1 },
    ]);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('rejects a draw that does not fit the choices', () => {
    expect(() => applyChoices(twoGroupStructure(), choices, [{ alternative: 0 }])).toThrow(
      /4 uncertain choices/,
    );
    expect(() =>
      applyChoices(twoGroupStructure(), choices, [
        { weights: { zz: 1 } },
        { alternative: 0 },
        { alternative: 0 },
        { alternative: 0 },
      ]),
    ).toThrow(/no such node/);
    expect(() =>
      applyChoices(twoGroupStructure(), choices, [
        { weights: {} },
        { alternative: 5 },
        { alternative: 0 },
        { alternative: 0 },
      ]),
    ).toThrow(/no alternative 6/);
  });
});
