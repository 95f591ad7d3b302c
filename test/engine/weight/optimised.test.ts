import { describe, expect, it } from 'vitest';
import { kendall } from '../../../src/engine/weight/kendall.js';
import { nelderMead } from '../../../src/engine/weight/nelderMead.js';
import { optimisedWeights, type OptimisedWeightOptions } from '../../../src/engine/weight/optimised.js';
import { weighters } from '../../../src/engine/weight/index.js';
import { columns, structure } from './fixtures.js';

describe('nelderMead (R optim, method "Nelder-Mead")', () => {
  it('reproduces the Rosenbrock example of R ?optim: optim(c(-1.2, 1), fr)', () => {
    // R prints $par 1.000260 1.000506, $value 8.825241e-08, $counts 195
    const fr = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const result = nelderMead(fr, [-1.2, 1]);
    expect(result.par[0]).toBeCloseTo(1.00026, 6);
    expect(result.par[1]).toBeCloseTo(1.000506, 6);
    expect(result.value).toBeCloseTo(8.825241e-8, 13);
    expect([result.evaluations, result.convergence]).toEqual([195, 0]);
  });
  it('stops at the evaluation limit with code 1', () => {
    const result = nelderMead((x) => (x[0]! - 3) ** 2 + x[1]! ** 2, [0, 0], { maxit: 10 });
    expect(result.convergence).toBe(1);
    expect(result.evaluations).toBeGreaterThan(10);
  });
});

describe('kendall (R cor, method "kendall", pairwise-complete)', () => {
  it('is tau-b over the complete pairs', () => {
    // R: cor(c(1,2,2,3,NA,5,4), c(2,1,3,3,4,NA,5), method = "kendall", use = "pairwise.complete.obs") = 6/9
    expect(kendall([1, 2, 2, 3, NaN, 5, 4], [2, 1, 3, 3, 4, NaN, 5])).toBeCloseTo(0.66666666666666685, 15);
    expect(kendall([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

// Expected weights: R 4.2.2 running COINr's get_opt_weights objective (re-aggregation with a_amean, cor with the
// index over the level's nodes in sorted order, log of the mean squared gap to the normalised targets, or minus
// the sum for infomax) under stats::optim with control = list(reltol = toler, maxit = 500) on the fixture data.
// Our Nelder-Mead follows R's step for step, so the weights agree to rounding.
describe('optimisedWeights (COINr get_opt_weights)', () => {
  const data = columns();
  const cases: [string, OptimisedWeightOptions, number[], string[], number[]?][] = [
    [
      'equal influence of the groups',
      { level: 2 },
      [0.19999127923913465, 0.55292702731318111, 0.24708169344768421],
      ['g1', 'g2', 'g3'],
    ],
    [
      'unequal targets',
      { level: 2, target: [1, 2, 1] },
      [0.18631443709420076, 0.58907292209285789, 0.22461264081294127],
      ['g1', 'g2', 'g3'],
    ],
    [
      'equal influence of the indicators, toler 0.01',
      { level: 1, toler: 0.01 },
      [
        0.1488516173621138, 0.21631061251187844, 0.19799572981845565, 0.16332415943656661,
        0.022132540182079236, 0.25138534068890622,
      ],
      ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'],
    ],
    [
      'infomax from weights 1, 2, 1',
      { level: 2, optype: 'infomax' },
      [0.23809523809523808, 0.47619047619047616, 0.2857142857142857],
      ['g1', 'g2', 'g3'],
      [1, 2, 1],
    ],
    [
      'spearman, targets 1, 1, 2, toler 0.001',
      { level: 2, target: [1, 1, 2], cortype: 'spearman', toler: 0.001 },
      [0.21522267942801282, 0.36908632095846522, 0.41569099961352196],
      ['g1', 'g2', 'g3'],
    ],
    [
      'kendall, toler 0.001',
      { level: 2, cortype: 'kendall', toler: 0.001 },
      [0.20012239902080797, 0.5201958384332922, 0.27968176254589977],
      ['g1', 'g2', 'g3'],
    ],
  ];
  for (const [name, options, expected, codes, groupWeights] of cases) {
    it(`agrees with R: ${name}`, () => {
      const result = optimisedWeights(structure(undefined, groupWeights), data, options);
      codes.forEach((code, i) =>
        expect(Math.abs(result.weights.get(code)! - expected[i]!)).toBeLessThan(1e-9),
      );
    });
  }
  it('balances the correlations with the index', () => {
    const result = optimisedWeights(structure(), data, { level: 2, toler: 1e-8 });
    expect(result.codes).toEqual(['g1', 'g2', 'g3']);
    for (const share of result.obtained) expect(share).toBeCloseTo(1 / 3, 6);
  });
  it('is registered with COINr defaults: the root children, equal targets', () => {
    const w = weighters.optimised!(structure(), data, { method: 'optimised', params: {} });
    expect(w.get('g2')).toBeCloseTo(0.55292702731318111, 12);
    expect(w.get('i1')).toBe(1);
    const bad = { method: 'optimised', params: { optype: 'most' } };
    expect(() => weighters.optimised!(structure(), data, bad)).toThrow(/optype/);
    expect(() => optimisedWeights(structure(), data, { level: 2, target: [1, 2] })).toThrow(
      /needs 3 targets/,
    );
  });
});
