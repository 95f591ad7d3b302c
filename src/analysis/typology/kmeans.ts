// k-means (Lloyd's algorithm) with k-means++ seeding from a passed-in seeded generator; best of several starts.
import type { Random } from '../../engine/random.js';
import { squaredDistance, type Profiles } from './distance.js';

export interface Clustering {
  /** Cluster of each row, 0 … k − 1, numbered by first appearance in row order. */
  labels: number[];
  k: number;
  /** Sum of squared distances of rows to their cluster centre. */
  withinSS: number;
}

export interface KMeansOptions {
  starts?: number;
  maxIterations?: number;
}

export function kMeans(rows: Profiles, k: number, random: Random, options: KMeansOptions = {}): Clustering {
  if (!(Number.isInteger(k) && k >= 1 && k <= rows.length))
    throw new RangeError(`k must be a whole number from 1 to ${rows.length}, not ${k}`);
  let best: Clustering | null = null;
  for (let s = 0; s < (options.starts ?? 10); s++) {
    const run = lloyd(rows, seedCentres(rows, k, random), options.maxIterations ?? 100);
    if (!best || run.withinSS < best.withinSS - 1e-12) best = run;
  }
  return best!;
}

/** k-means++: the first centre uniformly, each next with probability proportional to D(x)². */
function seedCentres(rows: Profiles, k: number, random: Random): number[][] {
  const centres = [[...rows[random.int(rows.length)]!]];
  const d2 = rows.map((r) => squaredDistance(r, centres[0]!));
  while (centres.length < k) {
    const total = d2.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let u = random.uniform() * total;
      while (pick < rows.length - 1 && (u -= d2[pick]!) >= 0) pick++;
    } else pick = random.int(rows.length);
    centres.push([...rows[pick]!]);
    rows.forEach((r, i) => (d2[i] = Math.min(d2[i]!, squaredDistance(r, centres.at(-1)!))));
  }
  return centres;
}

function lloyd(rows: Profiles, centres: number[][], maxIterations: number): Clustering {
  const k = centres.length;
  let labels = rows.map(() => -1);
  for (let it = 0; it < maxIterations; it++) {
    const next = rows.map((r) => nearest(r, centres));
    const changed = next.some((l, i) => l !== labels[i]);
    labels = next;
    if (!changed) break;
    for (let c = 0; c < k; c++) {
      const members = rows.filter((_, i) => labels[i] === c);
      if (members.length === 0) continue; // keep an empty cluster's centre where it was
      centres[c] = members[0]!.map((_, d) => members.reduce((s, m) => s + m[d]!, 0) / members.length);
    }
  }
  const withinSS = rows.reduce((s, r, i) => s + squaredDistance(r, centres[labels[i]!]!), 0);
  return { ...renumber(labels), withinSS };
}

function nearest(row: readonly number[], centres: number[][]): number {
  let best = 0;
  let bestD = Infinity;
  centres.forEach((c, i) => {
    const d = squaredDistance(row, c);
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

/** Labels numbered by first appearance, so equal partitions give equal labels. */
export function renumber(labels: readonly number[]): { labels: number[]; k: number } {
  const map = new Map<number, number>();
  const out = labels.map((l) => {
    if (!map.has(l)) map.set(l, map.size);
    return map.get(l)!;
  });
  return { labels: out, k: map.size };
}
