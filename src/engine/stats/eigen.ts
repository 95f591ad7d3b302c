// Eigen-decomposition of a real symmetric matrix by cyclic Jacobi rotations, with a deterministic sign per eigenvector.

export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  values: number[];
  /** Unit eigenvectors, vectors[k] belonging to values[k]; signs as described at `symmetricEigen`. */
  vectors: number[][];
}

const MAX_SWEEPS = 100;
const SIGN_TOLERANCE = 1e-12;

/**
 * Eigenvalues (descending; equal ones keep the order of their diagonal position after convergence) and unit
 * eigenvectors of a symmetric matrix. An eigenvector's sign is arbitrary, so this fixes it: the sum of its
 * components is positive; when that sum is zero (|sum| <= 1e-12), its first component of largest absolute
 * value is positive. Vectors of a repeated eigenvalue are any orthonormal basis of its eigenspace.
 */
export function symmetricEigen(matrix: readonly (readonly number[])[]): SymmetricEigen {
  const n = matrix.length;
  const a = matrix.map((row, i) => {
    if (row.length !== n) throw new RangeError(`row ${i} has ${row.length} entries, expected ${n}`);
    return [...row];
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const gap = Math.abs(a[i]![j]! - a[j]![i]!);
      if (!(gap <= 1e-12 * (Math.abs(a[i]![j]!) + Math.abs(a[j]![i]!) + 1e-300))) {
        throw new RangeError(`matrix is not symmetric at [${i}][${j}]`);
      }
    }
  }
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 0; sweep++) {
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, v, p, q, sweep > 3);
    }
  }
  const order = [...Array(n).keys()].sort((i, j) => a[j]![j]! - a[i]![i]! || i - j);
  return {
    values: order.map((i) => a[i]![i]!),
    vectors: order.map((k) => orient(v.map((row) => row[k]!))),
  };
}

function offDiagonal(a: number[][]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) if (i !== j) sum += a[i]![j]! ** 2;
  return sum;
}

/**
 * One Jacobi rotation in the (p, q) plane that zeroes a[p][q]; v accumulates the rotations. In late sweeps an
 * entry too small to change either diagonal element is set to zero instead.
 */
function rotate(a: number[][], v: number[][], p: number, q: number, late: boolean): void {
  const apq = a[p]![q]!;
  if (apq === 0) return;
  const app = a[p]![p]!;
  const aqq = a[q]![q]!;
  const negligible = 100 * Math.abs(apq);
  if (late && Math.abs(app) + negligible === Math.abs(app) && Math.abs(aqq) + negligible === Math.abs(aqq)) {
    a[p]![q] = 0;
    a[q]![p] = 0;
    return;
  }
  const theta = (aqq - app) / (2 * apq);
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  const n = a.length;
  for (let k = 0; k < n; k++) {
    const akp = a[k]![p]!;
    const akq = a[k]![q]!;
    a[k]![p] = c * akp - s * akq;
    a[k]![q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p]![k]!;
    const aqk = a[q]![k]!;
    a[p]![k] = c * apk - s * aqk;
    a[q]![k] = s * apk + c * aqk;
  }
  a[p]![q] = 0;
  a[q]![p] = 0;
  for (let k = 0; k < n; k++) {
    const vkp = v[k]![p]!;
    const vkq = v[k]![q]!;
    v[k]![p] = c * vkp - s * vkq;
    v[k]![q] = s * vkp + c * vkq;
  }
}

function orient(vector: number[]): number[] {
  const sum = vector.reduce((acc, x) => acc + x, 0);
  if (Math.abs(sum) > SIGN_TOLERANCE) return sum > 0 ? vector : vector.map((x) => -x);
  const largest = Math.max(...vector.map(Math.abs));
  const lead = vector.find((x) => Math.abs(x) >= largest - SIGN_TOLERANCE) ?? 0;
  return lead >= 0 ? vector : vector.map((x) => -x);
}
