// Typology: clusters of units by their sub-index profile, k chosen by silhouette, each described by what sets it apart.
import { createRandom } from '../../engine/random.js';
import { finiteOrNull, scoresOf, subIndicesOf } from '../access.js';
import type { EditionData } from '../types.js';
import { kMeans, type Clustering } from './kmeans.js';
import { meanSilhouette } from './silhouette.js';
import { ward } from './ward.js';

export type ClusterMethod = 'kmeans' | 'ward';

export interface TypologyOptions {
  method?: ClusterMethod;
  /** A fixed number of clusters; otherwise the k in kMin … kMax with the largest mean silhouette. */
  k?: number;
  kMin?: number;
  kMax?: number;
  seed?: number;
}

export interface ClusterTrait {
  node: string;
  clusterMean: number;
  overallMean: number;
  /** (clusterMean − overallMean) / standard deviation over all units. */
  standardised: number;
}

export interface Cluster {
  id: number;
  size: number;
  members: { code: string; name: string }[];
  /** Mean score of each sub-index within the cluster, with its standardised distance to the overall mean. */
  profile: ClusterTrait[];
  /** The sub-indices that set the cluster apart most (|standardised| ≥ 0.5, largest first, at most 2). */
  distinctive: ClusterTrait[];
  /** Mean index score of the members. */
  indexMean: number | null;
}

export interface TypologyResult {
  edition: number;
  unitSet: string;
  synthetic: boolean;
  method: ClusterMethod;
  seed: number;
  dimensions: string[];
  k: number;
  /** Mean silhouette of every k tried (the chosen one is the largest). */
  silhouettes: { k: number; silhouette: number }[];
  silhouette: number;
  clusters: Cluster[];
  /** Units left out because a sub-index is missing. */
  excluded: string[];
}

export function analyseTypology(data: EditionData, options: TypologyOptions = {}): TypologyResult {
  const method = options.method ?? 'kmeans';
  const seed = options.seed ?? 1;
  const dims = subIndicesOf(data).map((n) => n.code);
  const columns = dims.map((d) => scoresOf(data, d));
  const included: number[] = [];
  const excluded: string[] = [];
  data.units.forEach((u, i) => {
    if (columns.every((c) => Number.isFinite(c[i]!))) included.push(i);
    else excluded.push(u.code);
  });
  const rows = included.map((i) => columns.map((c) => c[i]!));
  const cluster = (k: number): Clustering =>
    method === 'ward' ? ward(rows, k) : kMeans(rows, k, createRandom(seed));
  const candidates = options.k
    ? [options.k]
    : range(options.kMin ?? 2, Math.min(options.kMax ?? 6, rows.length - 1));
  if (candidates.length === 0 || rows.length < 3)
    throw new RangeError(`a typology needs at least 3 units with every sub-index, not ${rows.length}`);
  const tried = candidates.map((k) => {
    const c = cluster(k);
    return { k, clustering: c, silhouette: meanSilhouette(rows, c.labels) };
  });
  const chosen = tried.reduce((best, t) => (t.silhouette > best.silhouette + 1e-12 ? t : best));
  const overall = dims.map((_, d) => meanOf(rows.map((r) => r[d]!)));
  const sd = dims.map((_, d) => Math.sqrt(meanOf(rows.map((r) => (r[d]! - overall[d]!) ** 2))));
  const index = scoresOf(data, data.structure.root);
  const clusters: Cluster[] = [];
  for (let id = 0; id < chosen.clustering.k; id++) {
    const members = included.filter((_, r) => chosen.clustering.labels[r] === id);
    const memberRows = rows.filter((_, r) => chosen.clustering.labels[r] === id);
    const profile = dims.map((node, d) => {
      const clusterMean = meanOf(memberRows.map((r) => r[d]!));
      return {
        node,
        clusterMean,
        overallMean: overall[d]!,
        standardised: sd[d]! > 0 ? (clusterMean - overall[d]!) / sd[d]! : 0,
      };
    });
    clusters.push({
      id,
      size: members.length,
      members: members.map((i) => ({ code: data.units[i]!.code, name: data.units[i]!.name })),
      profile,
      distinctive: [...profile]
        .filter((t) => Math.abs(t.standardised) >= 0.5)
        .sort((a, b) => Math.abs(b.standardised) - Math.abs(a.standardised))
        .slice(0, 2),
      indexMean: finiteOrNull(meanOf(members.map((i) => index[i]!))),
    });
  }
  clusters.sort((a, b) => (b.indexMean ?? -Infinity) - (a.indexMean ?? -Infinity));
  clusters.forEach((c, i) => (c.id = i + 1));
  return {
    edition: data.edition,
    unitSet: data.unitSet,
    synthetic: data.synthetic,
    method,
    seed,
    dimensions: dims,
    k: chosen.k,
    silhouettes: tried.map((t) => ({ k: t.k, silhouette: t.silhouette })),
    silhouette: chosen.silhouette,
    clusters,
    excluded,
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(from, 2); k <= to; k++) out.push(k);
  return out;
}

function meanOf(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}
