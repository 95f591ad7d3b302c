import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/engine/pipeline.js';
import { weighters } from '../../../src/engine/weight/index.js';
import { pcaWeights } from '../../../src/engine/weight/pca.js';
import { columns, structure } from './fixtures.js';

const closeAll = (got: (number | undefined)[], expected: number[]) =>
  expected.forEach((x, i) => expect(Math.abs(got[i]! - x)).toBeLessThan(1e-9));

// Expected loadings: R 4.2.2, prcomp(na.omit(x), center = TRUE, scale = TRUE)$rotation[, 1] on the fixture values with
// i2 missing for unit 3 (COINr get_PCA takes them as the weights). prcomp's signs are arbitrary; ours make the
// loadings of a PCA sum to a positive number, so a group that R returned with a negative sum is negated here.
describe('pcaWeights (COINr get_PCA weights)', () => {
  const data = columns([['i2', 2]]);
  const groupsOfThree = structure([
    ['i1', 'i2', 'i5'],
    ['i3', 'i4', 'i6'],
  ]);
  it('weights indicators by the first loadings of a PCA per group, on complete cases', () => {
    const w = pcaWeights(groupsOfThree, data, { level: 1 });
    closeAll(
      ['i1', 'i2', 'i5'].map((c) => w.get(c)),
      [0.59027715052332397, 0.58452563588717499, 0.55668902141209764],
    );
    // R: -0.67638217009626689, 0.46596265457222563, -0.57042612538335735
    closeAll(
      ['i3', 'i4', 'i6'].map((c) => w.get(c)),
      [0.67638217009626689, -0.46596265457222563, 0.57042612538335735],
    );
    expect([w.get('g1'), w.get('g2')]).toEqual([1, 1]); // other levels keep their weights
  });
  it('does one PCA over the whole level when byGroups is false', () => {
    const w = pcaWeights(groupsOfThree, data, { level: 1, byGroups: false });
    const expected = [
      0.49328481817592085, 0.49620885955290872, -0.47027563911582992, 0.2324512527954366, 0.47311663898493195,
      -0.10683978707383174,
    ];
    closeAll(
      ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'].map((c) => w.get(c)),
      expected,
    );
  });
  it('weights aggregates by a PCA of their scores, aggregated with the declared weights', () => {
    const w = weighters.pca!(structure(), data, { method: 'pca', params: { level: 2 } });
    closeAll(
      ['g1', 'g2', 'g3'].map((c) => w.get(c)),
      [0.5842104304806911, -0.5764588220597161, 0.57130849756247237],
    );
    expect(w.get('i1')).toBe(1);
  });
  it('feeds the pipeline, and a flipped sign would not change the index', () => {
    const s = structure([
      ['i1', 'i2', 'i5'],
      ['i3', 'i4', 'i6'],
    ]);
    s.pipeline.weights = { method: 'pca', params: { level: 1 } };
    s.pipeline.normalise = { method: 'minmax', params: {} };
    const units = [...Array(10).keys()].map((i) => `u${i}`);
    const result = computeIndex(s, { units, columns: data });
    // min-max is affine, so the scaled PCA and its weights are those of the raw data
    expect(result.weights.get('i3')).toBeCloseTo(0.67638217009626689, 9);
    const flipped = new Map(result.weights);
    for (const c of ['i3', 'i4', 'i6']) flipped.set(c, -flipped.get(c)!);
    const g2 = (w: Map<string, number>) =>
      ['i3', 'i4', 'i6'].reduce((acc, c) => acc + w.get(c)! * result.normalised.get(c)![0]!, 0) /
      ['i3', 'i4', 'i6'].reduce((acc, c) => acc + w.get(c)!, 0);
    expect(result.scores.get('g2')![0]).toBeCloseTo(g2(result.weights), 10);
    expect(g2(flipped)).toBeCloseTo(g2(result.weights), 10);
  });
  it('names the group when its PCA cannot be done', () => {
    const constant = columns();
    constant.set('i3', new Float64Array(10).fill(4));
    expect(() => pcaWeights(groupsOfThree, constant, { level: 1 })).toThrow(/^g2: PCA weights: cannot scale/);
    expect(() => pcaWeights(groupsOfThree, constant, { level: 3 })).toThrow(/level 3 has no weighted nodes/);
  });
});
