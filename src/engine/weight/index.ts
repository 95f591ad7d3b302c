// The weighting strategies, selected by method name: they return the weight of every node.
import { EngineError } from '../errors.js';
import { numberParam } from '../registry.js';
import type { Weighter } from '../stages.js';
import type { MethodChoice } from '../structure.js';
import { equalWeights } from './equal.js';
import { declaredWeights, rootLevel } from './levels.js';
import { optimisedWeights, type OptimisedWeightOptions } from './optimised.js';
import { booleanParam, numberListParam, textParam } from './params.js';
import { pcaWeights } from './pca.js';

export { effectiveWeights } from './effective.js';

export const weighters: Record<string, Weighter> = {
  /** The weights written in the spec. */
  explicit: (structure) => declaredWeights(structure),
  /** Every child of an aggregate gets 1 / (its number of siblings); `levels`: only aggregates of these levels. */
  equal: (structure, _normalised, choice) => equalWeights(structure, numberListParam(choice, 'levels')),
  /** COINr get_PCA weights: `level` (default 1), `byGroups` (default true). */
  pca: (structure, normalised, choice) =>
    pcaWeights(structure, normalised, {
      level: numberParam(choice, 'level', 1),
      byGroups: booleanParam(choice, 'byGroups', true),
    }),
  /** COINr get_opt_weights: `level` (default: the root's children), `optype`, `target`, `cortype`, `toler`, `maxiter`. */
  optimised: (structure, normalised, choice) =>
    optimisedWeights(structure, normalised, optimisedOptions(structure, choice)).weights,
};

function optimisedOptions(structure: Parameters<Weighter>[0], choice: MethodChoice): OptimisedWeightOptions {
  const optype = textParam(choice, 'optype', 'balance');
  const cortype = textParam(choice, 'cortype', 'pearson');
  if (optype !== 'balance' && optype !== 'infomax') {
    throw new EngineError('optimised', `parameter "optype" must be balance or infomax, not "${optype}"`);
  }
  if (cortype !== 'pearson' && cortype !== 'spearman' && cortype !== 'kendall') {
    throw new EngineError(
      'optimised',
      `parameter "cortype" must be pearson, spearman or kendall, not "${cortype}"`,
    );
  }
  const target =
    choice.params['target'] === 'equal' ? 'equal' : (numberListParam(choice, 'target') ?? 'equal');
  return {
    level: numberParam(choice, 'level', rootLevel(structure) - 1),
    optype,
    cortype,
    target,
    toler: numberParam(choice, 'toler', 0.1),
    maxiter: numberParam(choice, 'maxiter', 500),
  };
}
