// Declares `digitalindex classify evaluate|train`; the work is in ../commands/classify.ts, loaded when a command runs.
import { Option, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount } from './arguments.js';
import { EVAL_SETS } from '../../classify/evalSets.js';

/** Commander's own errors (unknown option, invalid choice, missing option) are usage errors: exit 2. */
const usage = (error: { exitCode: number }) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);

export function defineClassify(program: Command): void {
  const classify = program
    .command('classify')
    .description(
      'the text classifiers (firm sites, job ads): evaluate them, train the optional logistic model',
    )
    .exitOverride(usage);
  classify
    .command('evaluate')
    .description(
      'precision, recall and F1 of a classifier on the frozen test part of a bundled evaluation set ' +
        '(the logistic model is trained on the training or dev part and cross-validated there; for ' +
        'job-ads-holdout, a test set only, on the whole hand-written set; for job-ads-fresh, a test set only, ' +
        'on all earlier job-ad sets)',
    )
    .addOption(new Option('--set <set>', 'the evaluation set').choices([...EVAL_SETS]).makeOptionMandatory())
    .addOption(
      new Option('--model <model>', 'the classifier')
        .choices(['dictionary', 'logistic'])
        .default('dictionary'),
    )
    .option('--json', 'print the report as JSON')
    .exitOverride(usage)
    .action(async (options) => {
      const { evaluateCommand } = await import('../commands/classify.js');
      evaluateCommand(options);
    });
  classify
    .command('train')
    .description(
      'trains a tf-idf + logistic-regression model from a labelled CSV (columns text, label = 1|0), reports ' +
        'k-fold cross-validated precision, recall and F1 and writes the model as JSON',
    )
    .requiredOption('--labels <file>', 'labelled CSV with the columns text and label')
    .requiredOption('--out <file>', 'where to write the model (JSON)')
    .option('--folds <k>', 'folds of the cross-validation', parseCount, 5)
    .option('--seed <n>', 'seed of the shuffles (same seed, same model)', parseCount, 1)
    .option('--json', 'print the report as JSON')
    .exitOverride(usage)
    .action(async (options) => {
      const { trainCommand } = await import('../commands/classify.js');
      trainCommand(options);
    });
}
