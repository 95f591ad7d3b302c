// Declares `digitalindex uncertainty`; the work is in ../commands/uncertainty.ts, loaded only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear, wholeNumber } from './arguments.js';

const REPLAY_FORMAT = `
Uncertain choices (each run draws one value of each; without any choice option:
--weights-perturbation 0.25 --exclude indicators):
  --weights-perturbation X   each weight w becomes w + (2u - 1)·X·w, u uniform in [0, 1)
                             (COINr's get_noisy_weights), for every node below the index
                             or, with --weights-node CODE, for that node's children
  --alt-normalise LIST       the spec's normalisation or one of LIST, equally likely
  --alt-aggregate LIST       the same for aggregation (every level), --alt-impute, --alt-treat
  --exclude WHAT             leave out nothing or one of: indicators, subindices (the index's
                             children) or a comma-separated list of node codes; the left-out
                             node's siblings share its weight
A method is written name or name(key=value;key=value), e.g. zscore(mean=10;sd=2),winsorise(winmax=5).

Analysis: --type sa (default with two or more choices) runs COINr's Saltelli design, N × (d + 2)
runs for d choices, and estimates first-order (Si) and total (STi) sensitivity indices of the mean
absolute rank shift from the nominal ranks, with bootstrap 5–95% intervals; rank statistics come
from its first 2N runs. --type ua runs N random draws.

Files in --out: rank-statistics.csv (unit, name, nominal_rank, median_rank, p05, p95, prob_top_k,
mean_rank, mean_abs_shift, synthetic), sensitivity.csv (choice, Si, Si_low, Si_high, STi, STi_low,
STi_high; sa only), parameters.csv (every run's settings, in the replay format below) and, with
--replay or --run-ranks, run-ranks.csv (unit, nominal, then one column of ranks per run).

Replay file (CSV, header row, one row per run, replayed in order):
  run               optional first column: the run's label
  weights[:NAME]    code=weight;code=weight… the absolute weights of that run (other nodes keep
                    the spec's weight); empty: the spec's weights
  normalise[:NAME]  a method, e.g. minmax(low=0;high=100) or zscore
  aggregate[:LEVEL] a method for every level, or for one aggregation level (aggregate:2)
  impute[:NAME], treat[:NAME]   a method
  exclude[:NAME]    the code of the node left out; empty: none
Example:
  run,weights,normalise,exclude
  1,research=1.1;employment=0.8,minmax(low=0;high=100),
  2,research=0.9;employment=1.2,zscore,I03
With --type sa the rows must be COINr's design: A (N rows), B (N rows), then A_B^1 … A_B^d.`;

export function defineUncertainty(program: Command): void {
  program
    .command('uncertainty')
    .description(
      'Monte Carlo uncertainty and sensitivity analysis of the ranks of an edition (as COINr get_sensitivity)',
    )
    .option('--edition <year>', 'the edition (default: the latest in the database)', parseYear)
    .option('--unit-set <code>', 'unit set', 'municipalities')
    .option('--runs <n>', 'the base sample size N (COINr N)', wholeNumber(3), 500)
    .option('--seed <s>', 'seed of the random draws', parseCount, 1)
    .option(
      '--type <type>',
      'sa (sensitivity indices) or ua (uncertainty only)',
      oneOf('--type', ['sa', 'ua']),
    )
    .option('--weights-perturbation <x>', 'relative weight perturbation, 0–1', fraction)
    .option('--weights-node <code>', 'perturb only the weights of this aggregate’s children')
    .option('--alt-normalise <list>', 'alternative normalisation methods')
    .option('--alt-aggregate <list>', 'alternative aggregation methods')
    .option('--alt-impute <list>', 'alternative imputation methods')
    .option('--alt-treat <list>', 'alternative outlier treatments')
    .option('--exclude <what>', 'leave one out: indicators, subindices or a list of node codes')
    .option('--top-k <k>', 'a rank of k or better is a top-k place', wholeNumber(1), 10)
    .option('--nboot <n>', 'bootstrap rounds for the sensitivity intervals (0: none)', parseCount, 1000)
    .option(
      '--workers <n>',
      'worker threads (default: the available processors; one for a small analysis)',
      wholeNumber(1),
    )
    .option('--replay <file>', 'run exactly the settings listed in this CSV file (format below)')
    .option('--run-ranks', 'also write every run’s ranks (run-ranks.csv)')
    .option('--out <dir>', 'directory for the CSV files', 'out/uncertainty')
    .option('--json', 'print one JSON document instead of tables')
    .addHelpText('after', REPLAY_FORMAT)
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (options, command: Command) => {
      const { uncertaintyCommand } = await import('../commands/uncertainty.js');
      await uncertaintyCommand({ ...command.optsWithGlobals(), ...options });
    });
}

function fraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1))
    throw new InvalidArgumentError('needs a number between 0 and 1, e.g. 0.25');
  return n;
}

function oneOf(flag: string, values: string[]): (value: string) => string {
  return (value) => {
    if (!values.includes(value)) throw new InvalidArgumentError(`${flag} is one of ${values.join(', ')}`);
    return value;
  };
}
