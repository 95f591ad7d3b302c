// k-means, Ward and the silhouette on point sets worked out by hand; k chosen by silhouette.
import { describe, expect, it } from 'vitest';
import { kMeans } from '../../src/analysis/typology/kmeans.js';
import { meanSilhouette } from '../../src/analysis/typology/silhouette.js';
import { analyseTypology } from '../../src/analysis/typology/typology.js';
import { ward } from '../../src/analysis/typology/ward.js';
import { createRandom } from '../../src/engine/random.js';
import { tinyEdition } from './fixture.js';

const FOUR = [
  [0, 0],
  [0, 1],
  [10, 10],
  [10, 11],
];

describe('clustering', () => {
  it('k-means and Ward split two obvious pairs', () => {
    expect(kMeans(FOUR, 2, createRandom(1)).labels).toEqual([0, 0, 1, 1]);
    expect(ward(FOUR, 2).labels).toEqual([0, 0, 1, 1]);
    // Within sum of squares: each pair lies 0.5 from its centre: 4 · 0.25 = 1.
    expect(kMeans(FOUR, 2, createRandom(1)).withinSS).toBeCloseTo(1, 12);
    expect(ward(FOUR, 2).withinSS).toBeCloseTo(1, 12);
  });

  it('computes the mean silhouette as by hand', () => {
    // Every point lies 1 from its partner (a = 1). b is the mean distance to the other pair:
    // (0,0): √200 to (10,10), √221 to (10,11); (0,1): √181 and √200; (10,10): √200 and √181; (10,11): √221, √200.
    const s = (a: number, b: number) => (b - a) / Math.max(a, b);
    const expected =
      (s(1, (Math.sqrt(200) + Math.sqrt(221)) / 2) +
        s(1, (Math.sqrt(181) + Math.sqrt(200)) / 2) +
        s(1, (Math.sqrt(200) + Math.sqrt(181)) / 2) +
        s(1, (Math.sqrt(221) + Math.sqrt(200)) / 2)) /
      4;
    expect(meanSilhouette(FOUR, [0, 0, 1, 1])).toBeCloseTo(expected, 12);
    expect(meanSilhouette(FOUR, [0, 0, 0, 0])).toBeNaN();
  });

  it('chooses k by the silhouette and describes clusters by what sets them apart', () => {
    // Nine towns in three clear groups of sub-index profiles (a high / b low, a low / b high, both middling).
    const units = Array.from({ length: 9 }, (_, i) => ({ code: `T${i}` }));
    const data = tinyEdition(units, {
      x1: [100, 98, 96, 0, 2, 4, 50, 52, 48],
      x2: [100, 99, 97, 0, 1, 3, 50, 49, 51],
      y: [0, 1, 2, 100, 99, 98, 50, 51, 49],
    });
    for (const method of ['kmeans', 'ward'] as const) {
      const t = analyseTypology(data, { method, seed: 5 });
      expect(t.k, method).toBe(3);
      const sizes = t.clusters.map((c) => c.size).sort();
      expect(sizes).toEqual([3, 3, 3]);
      const highA = t.clusters.find((c) => c.members.some((m) => m.code === 'T0'))!;
      expect(highA.members.map((m) => m.code).sort()).toEqual(['T0', 'T1', 'T2']);
      expect(highA.distinctive[0]!.node === 'a' || highA.distinctive[0]!.node === 'b').toBe(true);
      expect(highA.profile.find((p) => p.node === 'a')!.standardised).toBeGreaterThan(1);
      expect(highA.profile.find((p) => p.node === 'b')!.standardised).toBeLessThan(-1);
    }
  });
});
