// Evaluates the classifiers on the bundled evaluation sets' frozen test parts (dictionary or logistic model).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledDataDir } from '../paths.js';
import { classifyFirm, CLASSIFIER_VERSION } from '../crawl/classify/index.js';
import { evaluateFirmSites, firmSiteRecordSchema, type FirmSiteRecord } from '../crawl/classify/evaluate.js';
import { classifyAd, JOB_CLASSIFIER_VERSION } from '../jobs/classify/index.js';
import { jobAdRecordSchema } from '../jobs/classify/evaluate.js';
import { parseJsonl } from './jsonl.js';
import { binaryMetrics, type BinaryMetrics } from './metrics.js';
import {
  crossValidate,
  modelPredictor,
  trainModel,
  type CrossValidation,
  type LabelledText,
} from './logistic/model.js';
import { sha256Hex } from './split.js';
import type { EvalSetName } from './evalSets.js';

export { EVAL_SETS, type EvalSetName } from './evalSets.js';
export type EvalModel = 'dictionary' | 'logistic';

export const LOGISTIC_SEED = 1;
export const CV_FOLDS = 5;

export interface LabelResult {
  label: 'digital_affine' | 'ai_affine' | 'ai_skill';
  test: BinaryMetrics;
  /** Test metrics of the hand-written records only (not composed from the generator's pools). */
  handwritten: BinaryMetrics;
  /** Logistic model only: k-fold cross-validation on the training part. */
  crossValidation?: CrossValidation;
  /** Dictionary model only: metrics on the training (or dev) part, the part the dictionary was tuned on. */
  tuning?: BinaryMetrics;
}

export interface EvaluationReport {
  set: EvalSetName;
  model: EvalModel;
  version: string;
  testFile: string;
  testSha256: string;
  /**
   * What the non-test part is called: `train` (generated sets), `dev` (the hand-written set), `hand-written` (the
   * hold-out: the whole hand-written set, dev and spent test part, which the dictionary was tuned on) or `earlier`
   * (the fresh set: the generated training part, the whole hand-written set and the spent hold-out).
   */
  trainPart: TrainPart;
  trainRecords: number;
  testRecords: number;
  hardNegativesInTest: number;
  labels: LabelResult[];
  /** Firm sites, dictionary model: founding years found exactly among test firms that state one. */
  founded?: { stated: number; exact: number; spurious: number };
  synthetic: true;
}

export type TrainPart = 'train' | 'dev' | 'hand-written' | 'earlier';

export function evalTrainPart(set: EvalSetName): TrainPart {
  if (set === 'job-ads-fresh') return 'earlier';
  if (set === 'job-ads-holdout') return 'hand-written';
  return set === 'job-ads-handwritten' ? 'dev' : 'train';
}

/**
 * The set's files; `train` are the parts the dictionary was tuned on (`dev.jsonl` for the hand-written set; for the
 * hold-out both parts of the hand-written set; for the fresh set all earlier job-ad files but the generated test part),
 * `test` the frozen part (the whole hold-out or fresh file).
 */
export function evalSetFiles(
  set: EvalSetName,
  dir = join(bundledDataDir(), 'eval'),
): { train: string[]; test: string } {
  if (set === 'job-ads-fresh') {
    const handwritten = join(dir, 'job-ads-handwritten');
    return {
      train: [
        join(dir, 'job-ads', 'train.jsonl'),
        join(handwritten, 'dev.jsonl'),
        join(handwritten, 'test.jsonl'),
        join(dir, 'job-ads-holdout', 'holdout.jsonl'),
      ],
      test: join(dir, set, 'fresh.jsonl'),
    };
  }
  if (set === 'job-ads-holdout') {
    const handwritten = join(dir, 'job-ads-handwritten');
    return {
      train: [join(handwritten, 'dev.jsonl'), join(handwritten, 'test.jsonl')],
      test: join(dir, set, 'holdout.jsonl'),
    };
  }
  return { train: [join(dir, set, `${evalTrainPart(set)}.jsonl`)], test: join(dir, set, 'test.jsonl') };
}

/** Job-ad records of every bundled set (hold-out and fresh records carry `source: "handwritten-holdout|fresh"`). */
const evalJobAdSchema = jobAdRecordSchema.extend({
  source: z.enum(['generated', 'handwritten', 'handwritten-holdout', 'handwritten-fresh']),
});
type EvalJobAd = z.infer<typeof evalJobAdSchema>;

function jobMetrics(records: readonly EvalJobAd[]): BinaryMetrics {
  return binaryMetrics(
    records.map((r) => r.ai_skill),
    records.map((r) => classifyAd(r).aiSkill),
  );
}

export function firmText(record: FirmSiteRecord): string {
  return record.pages.map((p) => `${p.title}\n${p.description}\n${p.text}`).join('\n');
}

function adText(record: EvalJobAd): string {
  return `${record.title}\n${record.description}`;
}

function subset<T extends { source: string }>(
  records: readonly T[],
  truth: (r: T) => boolean,
  predicted: boolean[],
) {
  const idx = records.map((r, i) => (r.source.startsWith('handwritten') ? i : -1)).filter((i) => i >= 0);
  return binaryMetrics(
    idx.map((i) => truth(records[i]!)),
    idx.map((i) => predicted[i]!),
  );
}

/** Called after each trained model of the logistic evaluation (one per fold and one on the whole training part). */
export type ProgressCallback = (done: number, total: number) => void;

function logisticLabel<T extends { source: string }>(
  progress: { step: () => void },
  label: LabelResult['label'],
  train: readonly T[],
  test: readonly T[],
  text: (r: T) => string,
  truth: (r: T) => boolean,
): LabelResult {
  const examples: LabelledText[] = train.map((r) => ({ text: text(r), label: truth(r) }));
  const predict = modelPredictor(trainModel(examples, LOGISTIC_SEED));
  progress.step();
  const predicted = test.map((r) => predict(text(r)).label);
  return {
    label,
    test: binaryMetrics(test.map(truth), predicted),
    handwritten: subset(test, truth, predicted),
    crossValidation: crossValidate(examples, CV_FOLDS, LOGISTIC_SEED, undefined, () => progress.step()),
  };
}

/** Reads the set's parts and evaluates the chosen model on the test part (the logistic model is trained on train). */
export function evaluateSet(
  set: EvalSetName,
  model: EvalModel,
  dir?: string,
  onProgress?: ProgressCallback,
): EvaluationReport {
  const files = evalSetFiles(set, dir);
  const labelCount = set === 'firm-sites' ? 2 : 1;
  let done = 0;
  const progress = { step: () => onProgress?.(++done, labelCount * (CV_FOLDS + 1)) };
  const testContent = readFileSync(files.test);
  const base = {
    set,
    model,
    testFile: files.test,
    testSha256: sha256Hex(testContent),
    trainPart: evalTrainPart(set),
    synthetic: true as const,
  };
  if (set === 'firm-sites') {
    const train = files.train.flatMap((f) => parseJsonl(readFileSync(f, 'utf8'), f, firmSiteRecordSchema));
    const test = parseJsonl(testContent.toString('utf8'), files.test, firmSiteRecordSchema);
    const common = {
      ...base,
      trainRecords: train.length,
      testRecords: test.length,
      hardNegativesInTest: test.filter((r) => r.hard_negative).length,
    };
    if (model === 'dictionary') {
      const evaluation = evaluateFirmSites(test, classifyFirm);
      const results = test.map((r) => classifyFirm(r.pages.map((p) => ({ ...p, lang: 'de' }))));
      return {
        ...common,
        version: CLASSIFIER_VERSION,
        labels: [
          {
            label: 'digital_affine',
            test: evaluation.digital,
            handwritten: subset(
              test,
              (r) => r.digital_affine,
              results.map((c) => c.digitalAffine),
            ),
          },
          {
            label: 'ai_affine',
            test: evaluation.ai,
            handwritten: subset(
              test,
              (r) => r.ai_affine,
              results.map((c) => c.aiAffine),
            ),
          },
        ],
        founded: {
          stated: evaluation.founded.stated,
          exact: evaluation.founded.exact,
          spurious: evaluation.founded.spurious,
        },
      };
    }
    return {
      ...common,
      version: `tfidf-logistic-1 (seed ${LOGISTIC_SEED})`,
      labels: [
        logisticLabel(progress, 'digital_affine', train, test, firmText, (r) => r.digital_affine),
        logisticLabel(progress, 'ai_affine', train, test, firmText, (r) => r.ai_affine),
      ],
    };
  }
  const train = files.train.flatMap((f) => parseJsonl(readFileSync(f, 'utf8'), f, evalJobAdSchema));
  const test = parseJsonl(testContent.toString('utf8'), files.test, evalJobAdSchema);
  const common = {
    ...base,
    trainRecords: train.length,
    testRecords: test.length,
    hardNegativesInTest: test.filter((r) => r.hard_negative).length,
  };
  if (model === 'dictionary') {
    const predicted = test.map((r) => classifyAd(r).aiSkill);
    return {
      ...common,
      version: JOB_CLASSIFIER_VERSION,
      labels: [
        {
          label: 'ai_skill',
          test: binaryMetrics(
            test.map((r) => r.ai_skill),
            predicted,
          ),
          handwritten: subset(test, (r) => r.ai_skill, predicted),
          tuning: jobMetrics(train),
        },
      ],
    };
  }
  return {
    ...common,
    version: `tfidf-logistic-1 (seed ${LOGISTIC_SEED})`,
    labels: [logisticLabel(progress, 'ai_skill', train, test, adText, (r) => r.ai_skill)],
  };
}
