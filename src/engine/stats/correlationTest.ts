// Two-sided significance of a correlation over the complete pairs, as R's cor.test (which COINr's get_pvals calls).
import { completePairs, pearsonOfComplete } from './correlation.js';
import { normalCdf, studentTCdf } from './distributions.js';
import { averageRanks } from './spearman.js';

export interface CorrelationTest {
  /** The correlation on the complete pairs. */
  estimate: number;
  /** Number of complete pairs. */
  n: number;
  /** Two-sided p-value; NaN where R's cor.test gives NA or stops (too few pairs, a constant column). */
  p: number;
}

/**
 * Pearson: t = sqrt(n - 2) r / sqrt(1 - r^2) against Student t with n - 2 df (needs n >= 3).
 * Spearman (needs n >= 2): S = (n^3 - n)(1 - rho) / 6; without ties and n <= 1290 the AS 89 probability
 * (exact for n <= 9, Edgeworth series above); with ties the t approximation with n - 2 df.
 */
export function correlationTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  method: 'pearson' | 'spearman',
): CorrelationTest {
  const [xs, ys] = completePairs(x, y);
  const n = xs.length;
  if (method === 'pearson') {
    const r = pearsonOfComplete(xs, ys);
    return { estimate: r, n, p: n < 3 ? Number.NaN : pearsonP(r, n) };
  }
  const rho = pearsonOfComplete(averageRanks(xs), averageRanks(ys));
  if (n < 2 || Number.isNaN(rho)) return { estimate: rho, n, p: Number.NaN };
  const ties = Math.min(new Set(xs).size, new Set(ys).size) < n;
  return { estimate: rho, n, p: spearmanP(rho, n, !ties) };
}

function pearsonP(r: number, n: number): number {
  if (Number.isNaN(r)) return Number.NaN;
  const df = n - 2;
  const t = (Math.sqrt(df) * r) / Math.sqrt(1 - r * r);
  return 2 * studentTCdf(Math.abs(t), df, false);
}

function spearmanP(rho: number, n: number, exact: boolean): number {
  const q = ((n ** 3 - n) * (1 - rho)) / 6;
  const lowerTail = !(q > (n ** 3 - n) / 6);
  const p =
    exact && n <= 1290
      ? spearmanAs89(roundHalfEven(q) + (lowerTail ? 2 : 0), n, lowerTail)
      : spearmanT(q, n, lowerTail);
  return Math.min(2 * p, 1);
}

function spearmanT(q: number, n: number, lowerTail: boolean): number {
  const r = 1 - q / ((n * (n * n - 1)) / 6);
  return studentTCdf(r / Math.sqrt((1 - r * r) / (n - 2)), n - 2, !lowerTail);
}

const EDGEWORTH = [
  0.2274, 0.2531, 0.1745, 0.0758, 0.1033, 0.3932, 0.0879, 0.0151, 0.0072, 0.0831, 0.0131, 4.6e-4,
];
const EXACT_UP_TO = 9;

/**
 * AS 89: P(S >= s), or P(S < s) when `lowerTail`, for S = sum of squared rank differences of n pairs
 * under independence; exact by enumerating the n! permutations for n <= 9, else an Edgeworth series.
 */
export function spearmanAs89(s: number, n: number, lowerTail: boolean): number {
  const none = lowerTail ? 0 : 1;
  if (n <= 1 || s <= 0) return none;
  const max = (n * (n * n - 1)) / 3;
  if (s > max) return 1 - none;
  if (n <= EXACT_UP_TO) {
    const counts = permutationCounts(n);
    let atLeast = 0;
    let total = 0;
    counts.forEach((count, value) => {
      total += count;
      if (value >= s) atLeast += count;
    });
    return (lowerTail ? total - atLeast : atLeast) / total;
  }
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12] = EDGEWORTH as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const b = 1 / n;
  const x = ((6 * (s - 1) * b) / (n * n - 1) - 1) * Math.sqrt(n - 1);
  const y = x * x;
  const u =
    x *
    b *
    (c1 +
      b * (c2 + c3 * b) +
      y * (-c4 + b * (c5 + c6 * b) - y * b * (c7 + c8 * b - y * (c9 - c10 * b + y * b * (c11 - c12 * y)))));
  const correction = u / Math.exp(y / 2);
  const p = (lowerTail ? -correction : correction) + normalCdf(x, lowerTail);
  return Math.min(1, Math.max(0, p));
}

const countsCache = new Map<number, Map<number, number>>();

/** How many permutations of 1..n give each value of sum (i - p_i)^2. */
function permutationCounts(n: number): Map<number, number> {
  const cached = countsCache.get(n);
  if (cached) return cached;
  const counts = new Map<number, number>();
  const p = Array.from({ length: n }, (_, i) => i + 1);
  const record = () => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (i + 1 - p[i]!) ** 2;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  // Heap's algorithm, iterative.
  const c = new Array<number>(n).fill(0);
  record();
  let i = 0;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      [p[j], p[i]] = [p[i]!, p[j]!];
      record();
      c[i] = c[i]! + 1;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  countsCache.set(n, counts);
  return counts;
}

/** R's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
