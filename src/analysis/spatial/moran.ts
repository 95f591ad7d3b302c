// Global Moran's I with a permutation test (as spdep's moran / moran.mc, alternative "greater").
import type { Random } from '../../engine/random.js';
import { weightSum, type SpatialWeights } from './weights.js';

export interface MoranTest {
  /** Moran's I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², z = x − mean(x). */
  I: number;
  /** Its expectation under no spatial autocorrelation, −1 / (n − 1). */
  expected: number;
  permutations: number;
  /**
   * Pseudo p-value of positive autocorrelation: (1 + #{permuted I ≥ observed I}) / (permutations + 1),
   * spdep's moran.mc with alternative = "greater".
   */
  pValue: number;
}

export function moranI(x: ArrayLike<number>, w: SpatialWeights): number {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i]!;
  m /= n;
  let cross = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const zi = x[i]! - m;
    squares += zi * zi;
    const ns = w.neighbours[i]!;
    const ws = w.weights[i]!;
    for (let k = 0; k < ns.length; k++) cross += ws[k]! * zi * (x[ns[k]!]! - m);
  }
  return (n / weightSum(w)) * (cross / squares);
}

/** Moran's I of x with a permutation test: values are shuffled over the units `permutations` times. */
export function moranTest(
  x: ArrayLike<number>,
  w: SpatialWeights,
  permutations: number,
  random: Random,
): MoranTest {
  const I = moranI(x, w);
  const shuffled = Array.from(x);
  let atLeast = 0;
  for (let r = 0; r < permutations; r++) {
    shuffle(shuffled, random);
    if (moranI(shuffled, w) >= I) atLeast++;
  }
  return { I, expected: -1 / (x.length - 1), permutations, pValue: (1 + atLeast) / (permutations + 1) };
}

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(xs: T[], random: Random): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}
