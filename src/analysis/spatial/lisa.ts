// Local Moran's I (Anselin 1995): hot spots (high among high), cold spots (low among low) and outliers.
import type { Random } from '../../engine/random.js';
import type { SpatialWeights } from './weights.js';

export type LisaClass = 'high-high' | 'low-low' | 'high-low' | 'low-high' | 'not significant';

export interface LocalMoran {
  /** I_i = (z_i / m2) · Σ_j w_ij z_j with m2 = Σ z² / n (spdep's localmoran). */
  Ii: number;
  /** Σ_j w_ij z_j: the spatial lag of the deviation. */
  lag: number;
  /** Conditional permutation pseudo p-value (the unit's value fixed, the others shuffled), folded: the smaller tail. */
  pValue: number;
  cluster: LisaClass;
}

export function localMoran(
  x: ArrayLike<number>,
  w: SpatialWeights,
  permutations: number,
  random: Random,
  alpha = 0.05,
): LocalMoran[] {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i]!;
  m /= n;
  const z = Array.from(x, (v) => v - m);
  const m2 = z.reduce((s, v) => s + v * v, 0) / n;
  return z.map((zi, i) => {
    const ns = w.neighbours[i]!;
    const ws = w.weights[i]!;
    const lag = ns.reduce((s, j, k) => s + ws[k]! * z[j]!, 0);
    const Ii = m2 === 0 ? 0 : (zi / m2) * lag;
    // Conditional randomisation: draw |N(i)| values from the others without replacement.
    const others = z.filter((_, j) => j !== i);
    let atLeast = 0;
    for (let r = 0; r < permutations; r++) {
      let permLag = 0;
      for (let k = 0; k < ns.length; k++) {
        const pick = k + random.int(others.length - k);
        [others[k], others[pick]] = [others[pick]!, others[k]!];
        permLag += ws[k]! * others[k]!;
      }
      const permI = m2 === 0 ? 0 : (zi / m2) * permLag;
      if (permI >= Ii) atLeast++;
    }
    const upper = (1 + atLeast) / (permutations + 1);
    const lower = (1 + permutations - atLeast) / (permutations + 1);
    const pValue = Math.min(upper, lower);
    return { Ii, lag, pValue, cluster: classify(zi, lag, pValue <= alpha && Ii > 0, pValue <= alpha) };
  });
}

function classify(z: number, lag: number, positive: boolean, significant: boolean): LisaClass {
  if (!significant) return 'not significant';
  if (positive) return z > 0 ? 'high-high' : 'low-low';
  return z > 0 ? 'high-low' : 'low-high';
}
