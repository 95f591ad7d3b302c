// classify: generic text classification — normalisation, versioned dictionaries with context rules, the term matcher
// with evidence, quality metrics, the frozen train/test split and the optional tf-idf + logistic-regression model.
export { foldText, termKey, collapseSpace } from './normalise.js';
export {
  category,
  dictionaryVersion,
  validateDictionary,
  type ContextRule,
  type Dictionary,
  type DictionaryTerm,
  type MatchMode,
} from './dictionary.js';
export { compileDictionary, distinctTerms, findTerms, DictionaryError, type TermMatch } from './matcher.js';
export { snippetAround, SNIPPET_MAX } from './snippet.js';
export {
  binaryMetrics,
  confusion,
  metricsOf,
  addConfusions,
  type BinaryMetrics,
  type Confusion,
} from './metrics.js';
export { isTestRecord, splitRecords, sha256Hex } from './split.js';
export {
  trainModel,
  modelPredictor,
  crossValidate,
  type LogisticModel,
  type LabelledText,
} from './logistic/model.js';
