// Principal component analysis on complete cases, as R's prcomp(na.omit(x), center, scale.) that COINr's get_PCA uses.
import { EngineError } from '../errors.js';
import { deviations } from './correlation.js';
import { symmetricEigen } from './eigen.js';
import { accurateSum } from './sum.js';

export interface PcaOptions {
  /** Subtract each variable's mean (default true). */
  center?: boolean;
  /** Divide each variable by its sd, or by its root mean square when not centred (default true, as get_PCA). */
  scale?: boolean;
}

export interface PcaResult {
  /** Variances of the components (prcomp's sdev squared), largest first; min(rows, variables) of them. */
  eigenvalues: number[];
  /** Each eigenvalue's share of their sum. */
  varianceExplained: number[];
  /** loadings[component][variable]: prcomp's rotation, transposed, signs fixed (see below). */
  loadings: number[][];
  /** scores[component][row] over all input rows; NaN in rows with a missing value. */
  scores: Float64Array[];
}

/**
 * PCA of the rows where every column is present. The standardised data Z (n x p) give the matrix
 * Z'Z / (n - 1), whose eigen-decomposition is prcomp's (sdev^2 = eigenvalues, rotation = eigenvectors).
 * prcomp's signs are arbitrary; here each component's loadings sum to a positive number (if that sum is
 * zero, its largest absolute loading is positive), so results are deterministic. Eigenvalues below zero by
 * rounding are set to zero.
 */
export function pca(columns: readonly Float64Array[], options: PcaOptions = {}): PcaResult {
  const { center = true, scale = true } = options;
  const p = columns.length;
  if (p === 0) throw new EngineError('PCA', 'no variables to analyse');
  const rows = columns[0]!.length;
  if (columns.some((c) => c.length !== rows)) throw new EngineError('PCA', 'the variables differ in length');
  const complete = [...Array(rows).keys()].filter((i) => columns.every((c) => !Number.isNaN(c[i]!)));
  const n = complete.length;
  if (n < 2) throw new EngineError('PCA', `needs at least 2 units with data on every variable, found ${n}`);

  const z = columns.map((column, j) =>
    standardise(
      complete.map((i) => column[i]!),
      center,
      scale,
      j,
    ),
  );
  const cross = z.map((zj) => z.map((zk) => accurateSum(zj.map((x, i) => x * zk[i]!)) / (n - 1)));
  const { values, vectors } = symmetricEigen(cross);
  const k = Math.min(n, p);
  const eigenvalues = values.slice(0, k).map((x) => Math.max(0, x));
  const total = eigenvalues.reduce((a, b) => a + b, 0);
  const loadings = vectors.slice(0, k);
  const scores = loadings.map((loading) => {
    const out = new Float64Array(rows).fill(Number.NaN);
    complete.forEach((row, i) => {
      out[row] = accurateSum(loading.map((w, j) => w * z[j]![i]!));
    });
    return out;
  });
  return {
    eigenvalues,
    varianceExplained: eigenvalues.map((x) => (total > 0 ? x / total : Number.NaN)),
    loadings,
    scores,
  };
}

function standardise(xs: number[], center: boolean, scale: boolean, j: number): number[] {
  const d = center ? deviations(xs) : xs;
  if (!scale) return d;
  const s = Math.sqrt(accurateSum(d.map((x) => x * x)) / (xs.length - 1));
  if (!(s > 0) || !Number.isFinite(s)) {
    throw new EngineError(
      'PCA',
      `cannot scale variable ${j + 1} to unit variance: it is constant on the complete rows`,
    );
  }
  return d.map((x) => x / s);
}
