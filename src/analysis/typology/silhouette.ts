// Mean silhouette width of a clustering (Rousseeuw 1987), with Euclidean distances.
import { squaredDistance, type Profiles } from './distance.js';

/**
 * s(i) = (b − a) / max(a, b), where a is the mean distance of i to the other members of its cluster and b the
 * smallest mean distance to another cluster; s(i) = 0 for a singleton. Returns the mean over all rows
 * (as R's cluster::silhouette summary "average silhouette width"); NaN when k < 2.
 */
export function meanSilhouette(rows: Profiles, labels: readonly number[]): number {
  const k = new Set(labels).size;
  if (k < 2) return Number.NaN;
  const dist = rows.map((r) => rows.map((q) => Math.sqrt(squaredDistance(r, q))));
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const sums = new Map<number, { sum: number; n: number }>();
    for (let j = 0; j < rows.length; j++) {
      if (j === i) continue;
      const entry = sums.get(labels[j]!) ?? { sum: 0, n: 0 };
      entry.sum += dist[i]![j]!;
      entry.n++;
      sums.set(labels[j]!, entry);
    }
    const own = sums.get(labels[i]!);
    if (!own) continue; // singleton: s(i) = 0
    const a = own.sum / own.n;
    let b = Infinity;
    for (const [label, e] of sums) if (label !== labels[i]) b = Math.min(b, e.sum / e.n);
    const m = Math.max(a, b);
    total += m === 0 ? 0 : (b - a) / m;
  }
  return total / rows.length;
}
