// The optional trained text model: tf-idf + logistic regression, k-fold cross-validation, and its JSON form.
import { createRandom } from '../../engine/random.js';
import { addConfusions, confusion, metricsOf, type BinaryMetrics } from '../metrics.js';
import { DEFAULT_LOGISTIC, predictProbability, trainLogistic, type LogisticOptions } from './logistic.js';
import { fitVocabulary, termIndex, vectorise, type TfIdfVocabulary } from './tfidf.js';

export const LOGISTIC_MODEL_VERSION = 'tfidf-logistic-1';

export interface LogisticModel {
  kind: typeof LOGISTIC_MODEL_VERSION;
  vocabulary: TfIdfVocabulary;
  weights: number[];
  bias: number;
  threshold: number;
  options: LogisticOptions;
  seed: number;
  trainedOn: { records: number; positives: number };
}

export interface LabelledText {
  text: string;
  label: boolean;
}

export function trainModel(
  examples: readonly LabelledText[],
  seed: number,
  options: LogisticOptions = DEFAULT_LOGISTIC,
): LogisticModel {
  if (examples.length === 0) throw new RangeError('no labelled examples to train on');
  const vocabulary = fitVocabulary(examples.map((e) => e.text));
  const index = termIndex(vocabulary);
  const xs = examples.map((e) => vectorise(vocabulary, index, e.text));
  const fitted = trainLogistic(
    xs,
    examples.map((e) => e.label),
    vocabulary.terms.length,
    createRandom(seed),
    options,
  );
  return {
    kind: LOGISTIC_MODEL_VERSION,
    vocabulary,
    ...fitted,
    threshold: 0.5,
    options,
    seed,
    trainedOn: { records: examples.length, positives: examples.filter((e) => e.label).length },
  };
}

/** A classifier function of a model (the term index is built once). */
export function modelPredictor(
  model: LogisticModel,
): (text: string) => { label: boolean; probability: number } {
  const index = termIndex(model.vocabulary);
  return (text) => {
    const probability = predictProbability(model, vectorise(model.vocabulary, index, text));
    return { label: probability >= model.threshold, probability };
  };
}

export interface CrossValidation {
  folds: number;
  seed: number;
  /** Metrics of the pooled confusion matrix over all held-out folds. */
  pooled: BinaryMetrics;
  perFold: BinaryMetrics[];
}

/** k-fold cross-validation: folds from a seeded shuffle, each fold predicted by a model trained on the others. */
export function crossValidate(
  examples: readonly LabelledText[],
  folds: number,
  seed: number,
  options: LogisticOptions = DEFAULT_LOGISTIC,
  onFold?: (done: number, total: number) => void,
): CrossValidation {
  if (!Number.isInteger(folds) || folds < 2 || folds > examples.length) {
    throw new RangeError(`the number of folds must be an integer between 2 and ${examples.length}`);
  }
  const random = createRandom(seed);
  const order = examples.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const foldOf = new Array<number>(examples.length);
  order.forEach((example, position) => (foldOf[example] = position % folds));
  const parts = [];
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => foldOf[i] !== f);
    const test = examples.filter((_, i) => foldOf[i] === f);
    const predict = modelPredictor(trainModel(train, seed + f + 1, options));
    parts.push(
      confusion(
        test.map((e) => e.label),
        test.map((e) => predict(e.text).label),
      ),
    );
    onFold?.(f + 1, folds);
  }
  return { folds, seed, pooled: metricsOf(addConfusions(parts)), perFold: parts.map(metricsOf) };
}
