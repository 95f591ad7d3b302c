// Ward's hierarchical clustering (minimum increase of the within-cluster sum of squares), cut at k clusters.
import { squaredDistance, type Profiles } from './distance.js';
import { renumber, type Clustering } from './kmeans.js';

/**
 * Agglomerates from singletons, each step merging the pair of clusters A, B with the smallest Ward cost
 * |A||B|/(|A|+|B|) · ‖mean(A) − mean(B)‖², until k clusters remain. Ties go to the pair found first.
 */
export function ward(rows: Profiles, k: number): Clustering {
  if (!(Number.isInteger(k) && k >= 1 && k <= rows.length))
    throw new RangeError(`k must be a whole number from 1 to ${rows.length}, not ${k}`);
  let clusters = rows.map((r, i) => ({ members: [i], centre: [...r] }));
  while (clusters.length > k) {
    let best = { a: 0, b: 1, cost: Infinity };
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const [na, nb] = [clusters[a]!.members.length, clusters[b]!.members.length];
        const cost = ((na * nb) / (na + nb)) * squaredDistance(clusters[a]!.centre, clusters[b]!.centre);
        if (cost < best.cost) best = { a, b, cost };
      }
    }
    const A = clusters[best.a]!;
    const B = clusters[best.b]!;
    const n = A.members.length + B.members.length;
    const merged = {
      members: [...A.members, ...B.members],
      centre: A.centre.map((x, d) => (x * A.members.length + B.centre[d]! * B.members.length) / n),
    };
    clusters = clusters.filter((_, i) => i !== best.a && i !== best.b);
    clusters.push(merged);
  }
  const labels = new Array<number>(rows.length);
  clusters.forEach((c, ci) => c.members.forEach((m) => (labels[m] = ci)));
  const withinSS = clusters.reduce(
    (s, c) => s + c.members.reduce((t, m) => t + squaredDistance(rows[m]!, c.centre), 0),
    0,
  );
  return { ...renumber(labels), withinSS };
}
