// Declares `digitalindex compare`; the work is in ../commands/compare.ts, loaded only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';

export function defineCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'score and rank changes per unit between two editions; a change is meaningful when the new rank lies ' +
        "outside the earlier edition's 5–95 % rank interval (uncertainty analysis: weights ± 25 %, one " +
        'indicator left out)',
    )
    .requiredOption('--from <year>', 'the earlier edition', parseYear)
    .requiredOption('--to <year>', 'the later edition', parseYear)
    .option('--unit-set <code>', 'the unit set', 'municipalities')
    .option('--runs <n>', 'runs of the uncertainty analysis of the earlier edition', whole('--runs', 3), 200)
    .option('--seed <s>', 'seed of the uncertainty analysis', whole('--seed', 0), 1)
    .option('--out <file>', 'also write the comparison as CSV to this file')
    .option('--json', 'print one JSON document')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (options, command: Command) => {
      if (options.from === options.to) {
        command.error('error: --from and --to must name two different editions', { exitCode: EXIT.usage });
      }
      const { compareCommand } = await import('../commands/compare.js');
      await compareCommand({ ...command.optsWithGlobals(), ...options });
    });
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('the edition must be a year, e.g. 2025');
  return Number(value);
}

function whole(flag: string, min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`${flag} needs a whole number of at least ${min}`);
    }
    return n;
  };
}
