// Logistic regression on sparse features, trained by seeded stochastic gradient descent with L2 regularisation.
import type { Random } from '../../engine/random.js';
import type { SparseVector } from './tfidf.js';

export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

export const DEFAULT_LOGISTIC: LogisticOptions = { epochs: 40, learningRate: 0.5, l2: 1e-4 };

export interface LogisticWeights {
  weights: number[];
  bias: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predictProbability(model: LogisticWeights, x: SparseVector): number {
  let z = model.bias;
  for (let k = 0; k < x.indices.length; k++) z += model.weights[x.indices[k]!]! * x.values[k]!;
  return sigmoid(z);
}

/** Fits weights by SGD over shuffled examples (the shuffle uses the random generator passed in). */
export function trainLogistic(
  xs: readonly SparseVector[],
  ys: readonly boolean[],
  dimension: number,
  random: Random,
  options: LogisticOptions = DEFAULT_LOGISTIC,
): LogisticWeights {
  if (xs.length !== ys.length) throw new RangeError(`${xs.length} examples but ${ys.length} labels`);
  const weights = new Float64Array(dimension);
  let bias = 0;
  const order = xs.map((_, i) => i);
  // positives are usually rarer: weight both classes equally
  const positives = ys.filter(Boolean).length;
  const negatives = ys.length - positives;
  const classWeight = (y: boolean) =>
    positives === 0 || negatives === 0 ? 1 : ys.length / (2 * (y ? positives : negatives));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const i of order) {
      const x = xs[i]!;
      let z = bias;
      for (let k = 0; k < x.indices.length; k++) z += weights[x.indices[k]!]! * x.values[k]!;
      const gradient = (sigmoid(z) - (ys[i] ? 1 : 0)) * classWeight(ys[i]!);
      for (let k = 0; k < x.indices.length; k++) {
        const f = x.indices[k]!;
        weights[f] = weights[f]! - rate * (gradient * x.values[k]! + options.l2 * weights[f]!);
      }
      bias -= rate * gradient;
    }
  }
  return { weights: Array.from(weights), bias };
}
