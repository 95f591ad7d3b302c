// `digitalindex classify evaluate|train`: classifier quality on the frozen test parts; training the logistic model.
import cliProgress from 'cli-progress';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  evaluateSet,
  type EvalModel,
  type EvalSetName,
  type EvaluationReport,
} from '../../classify/evaluation.js';
import { readLabelledCsv } from '../../classify/logistic/labels.js';
import { crossValidate, trainModel } from '../../classify/logistic/model.js';
import type { BinaryMetrics } from '../../classify/metrics.js';
import { IngestError } from '../../ingest/errors.js';
import { formatNumber, renderTable } from '../table.js';

const LABEL_NAMES: Record<string, string> = {
  digital_affine: 'digitalaffin (digital-affine)',
  ai_affine: 'KI-affin (AI-affine)',
  ai_skill: 'KI-Kompetenz gefordert (asks for AI skills)',
};

const pct = (x: number) => formatNumber(x * 100, 'de', 1) + ' %';

function metricRow(name: string, m: BinaryMetrics): string[] {
  return [
    name,
    String(m.n),
    String(m.tp),
    String(m.fp),
    String(m.fn),
    pct(m.precision),
    pct(m.recall),
    pct(m.f1),
  ];
}

/** The part a dictionary was tuned on (and the logistic model trained on), as the table names it. */
const TRAIN_PART_NAMES: Record<EvaluationReport['trainPart'], string> = {
  train: 'Training',
  dev: 'Dev',
  'hand-written': 'Handgeschriebener Satz, Dev + verbrauchter Test',
  earlier: 'Frühere Sätze (generiertes Training, handgeschrieben, Hold-out)',
};
const TUNING_ROW_NAMES: Record<EvaluationReport['trainPart'], string> = {
  train: 'Trainingsteil (Tuning)',
  dev: 'Dev-Teil (Tuning)',
  'hand-written': 'handgeschriebener Satz (Tuning)',
  earlier: 'frühere Sätze (Tuning)',
};

const HEADER = ['Merkmal / label', 'n', 'TP', 'FP', 'FN', 'Präzision', 'Recall', 'F1'];
const RIGHT = new Set([1, 2, 3, 4, 5, 6, 7]);

export function renderEvaluation(report: EvaluationReport): string {
  const rows: string[][] = [];
  for (const l of report.labels) {
    rows.push(metricRow(LABEL_NAMES[l.label] ?? l.label, l.test));
    rows.push(metricRow('  davon handgeschrieben', l.handwritten));
    if (l.tuning) rows.push(metricRow(`  ${TUNING_ROW_NAMES[report.trainPart]}`, l.tuning));
    if (l.crossValidation)
      rows.push(
        metricRow(
          `  ${l.crossValidation.folds}-fach CV (${TRAIN_PART_NAMES[report.trainPart]})`,
          l.crossValidation.pooled,
        ),
      );
  }
  const lines = [
    `Evaluation ${report.set}, Modell ${report.model} (${report.version})`,
    'ACHTUNG: synthetische Evaluationsdaten (synthetic evaluation data), siehe data/eval/README.md.',
    `Testteil: ${report.testFile}`,
    `SHA-256: ${report.testSha256}`,
    `${TRAIN_PART_NAMES[report.trainPart]} ${report.trainRecords}, Test ${report.testRecords} Datensätze, davon ${report.hardNegativesInTest} schwierige Negativbeispiele`,
    '',
    renderTable(HEADER, rows, RIGHT),
  ];
  if (report.founded) {
    lines.push(
      '',
      `Gründungsjahr: ${report.founded.exact} von ${report.founded.stated} genannten Jahren exakt gefunden, ` +
        `${report.founded.spurious} ohne Angabe fälschlich gefunden`,
    );
  }
  return lines.join('\n');
}

/** A progress bar on a terminal (models trained so far); nothing when stderr is not a terminal. */
function progressBar(label: string): { update: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} {bar} {value}/{total} Modelle`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export function evaluateCommand(options: { set: EvalSetName; model: EvalModel; json?: boolean }): void {
  const bar = progressBar('Training');
  let report: EvaluationReport;
  try {
    report = evaluateSet(options.set, options.model, undefined, bar.update);
  } finally {
    bar.stop();
  }
  process.stdout.write((options.json ? JSON.stringify(report, null, 2) : renderEvaluation(report)) + '\n');
}

export function trainCommand(options: {
  labels: string;
  out: string;
  folds: number;
  seed: number;
  json?: boolean;
}): void {
  const examples = readLabelledCsv(resolve(options.labels));
  const positives = examples.filter((e) => e.label).length;
  if (positives === 0 || positives === examples.length) {
    throw new IngestError(options.labels, null, 'label', 'the labels must contain both classes (1 and 0)');
  }
  if (options.folds < 2 || options.folds > examples.length) {
    throw new IngestError(
      options.labels,
      null,
      null,
      `${options.folds} folds need at least as many rows (and at least 2)`,
    );
  }
  const bar = progressBar('Kreuzvalidierung');
  let cv;
  try {
    cv = crossValidate(examples, options.folds, options.seed, undefined, bar.update);
  } finally {
    bar.stop();
  }
  const model = trainModel(examples, options.seed);
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...model, crossValidation: cv.pooled }) + '\n');
  if (options.json) {
    process.stdout.write(
      JSON.stringify(
        {
          model: out,
          records: examples.length,
          positives,
          terms: model.vocabulary.terms.length,
          crossValidation: cv,
        },
        null,
        2,
      ) + '\n',
    );
    return;
  }
  process.stdout.write(
    [
      `Modell trainiert: ${examples.length} Texte, davon ${positives} positiv, ${model.vocabulary.terms.length} Merkmale`,
      '',
      renderTable(HEADER, [metricRow(`${cv.folds}-fach Kreuzvalidierung`, cv.pooled)], RIGHT),
      '',
      `Modell geschrieben: ${out}`,
    ].join('\n') + '\n',
  );
}
