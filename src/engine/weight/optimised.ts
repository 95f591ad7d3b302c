// Optimised weights, as COINr's get_opt_weights: the weights of one level that give each node a chosen influence on the index.
import { aggregateTree } from '../aggregate/tree.js';
import { exactSum } from '../aggregate/exactSum.js';
import { EngineError } from '../errors.js';
import { pearson, type Correlate } from '../stats/correlation.js';
import { spearman } from '../stats/spearman.js';
import type { IndexStructure } from '../structure.js';
import { Warnings } from '../warnings.js';
import { kendall } from './kendall.js';
import { declaredWeights, nodesAtLevel } from './levels.js';
import { nelderMead, type NelderMeadResult } from './nelderMead.js';

export interface OptimisedWeightOptions {
  /** Level of the nodes to weight (COINr's Level): 1 = indicators, 2 = the first aggregates, ... */
  level: number;
  /** "balance" (match the targets) or "infomax" (maximise the sum of correlations), COINr's optype. */
  optype?: 'balance' | 'infomax';
  /** Relative target influences (COINr's itarg), or "equal"; for balance only. */
  target?: 'equal' | readonly number[];
  cortype?: 'pearson' | 'spearman' | 'kendall';
  /** Relative tolerance of the optimiser (COINr's toler, default 0.1). */
  toler?: number;
  /** Most evaluations of the objective (COINr's maxiter, default 500). */
  maxiter?: number;
}

export interface OptimisedWeights {
  weights: Map<string, number>;
  /** The level's nodes in the order of `obtained`, as COINr reports them (codes sorted). */
  codes: string[];
  /** Normalised correlations with the index (balance), or the correlations (infomax), at the optimum. */
  obtained: number[];
  optimiser: NelderMeadResult;
}

const correlations: Record<string, Correlate> = { pearson, spearman, kendall };
/** Made on first use: creating a collator costs ~15 ms of ICU start-up, paid by every CLI start if at load. */
let collator: Intl.Collator | undefined;

/**
 * The declared weights with the nodes of `level` replaced by optimised ones, found as COINr does:
 * - the weights w of the level (in spec order) are rescaled to sum to 1, the whole index is re-aggregated with
 *   them (other weights declared, methods as in the pipeline) and each node of the level is correlated with
 *   the index (pairwise-complete, no significance filter);
 * - balance minimises log(Σ (t_i - c_i / Σc)² / k) with targets t rescaled to sum to 1, starting from t;
 *   infomax minimises -Σc, starting from the declared weights;
 * - the minimiser is R's Nelder-Mead (optim defaults, reltol = toler, maxit = maxiter), reproduced step by step;
 * - the result is rescaled to sum to 1 over the level.
 * As in COINr, the correlations are taken in the order of the sorted codes while the targets follow the spec
 * order, so unequal targets apply to the nodes in alphabetical order of their codes.
 */
export function optimisedWeights(
  structure: IndexStructure,
  normalised: ReadonlyMap<string, Float64Array>,
  options: OptimisedWeightOptions,
): OptimisedWeights {
  const {
    level,
    optype = 'balance',
    target = 'equal',
    cortype = 'pearson',
    toler = 0.1,
    maxiter = 500,
  } = options;
  const correlate = correlations[cortype];
  if (!correlate)
    throw new EngineError('optimised', `unknown correlation type "${cortype}" (pearson, spearman, kendall)`);
  const base = declaredWeights(structure);
  const nodes = nodesAtLevel(structure, level, 'optimised').map((n) => n.code);
  const sorted = [...nodes].sort((collator ??= new Intl.Collator('en')).compare);
  const targets = optype === 'balance' ? targetShares(target, nodes.length) : [];
  const withLevel = (w: readonly number[]) => {
    const total = exactSum(w);
    const weights = new Map(base);
    nodes.forEach((code, i) => weights.set(code, w[i]! / total));
    return weights;
  };
  const correlationsAt = (w: readonly number[]) => {
    const scores = aggregateTree(structure, normalised, withLevel(w), new Warnings());
    const index = scores.get(structure.root)!;
    return sorted.map((code) => correlate(index, scores.get(code)!));
  };
  const objective = (w: readonly number[]) => {
    const c = correlationsAt(w);
    if (optype === 'infomax') return -exactSum(c);
    const total = exactSum(c);
    return Math.log(exactSum(c.map((ci, i) => (targets[i]! - ci / total) ** 2)) / c.length);
  };
  const start = optype === 'balance' ? targets : nodes.map((code) => base.get(code)!);
  let optimiser: NelderMeadResult;
  try {
    optimiser = nelderMead(objective, start, { reltol: toler, maxit: maxiter });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new EngineError(
        'optimised',
        `the objective cannot be evaluated at the start weights (${error.message})`,
      );
    }
    throw error;
  }
  const c = correlationsAt(optimiser.par);
  const obtained = optype === 'balance' ? c.map((ci) => ci / exactSum(c)) : c;
  return { weights: withLevel(optimiser.par), codes: sorted, obtained, optimiser };
}

function targetShares(target: 'equal' | readonly number[], k: number): number[] {
  const t = target === 'equal' ? new Array<number>(k).fill(1) : [...target];
  if (t.length !== k) throw new EngineError('optimised', `needs ${k} targets for the level, got ${t.length}`);
  const total = exactSum(t);
  return t.map((x) => x / total);
}
