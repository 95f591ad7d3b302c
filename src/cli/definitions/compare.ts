// Declares `digitalindex compare`; the work is in ../commands/compare.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear, wholeNumber } from './arguments.js';

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
    .option('--runs <n>', 'runs of the uncertainty analysis of the earlier edition', wholeNumber(3), 200)
    .option('--seed <s>', 'seed of the uncertainty analysis', parseCount, 1)
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
