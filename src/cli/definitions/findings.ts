// Declares `digitalindex findings`; the work is in ../commands/findings.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear } from './arguments.js';

export function defineFindings(program: Command): void {
  program
    .command('findings')
    .description(
      'the key findings of an edition as short paragraphs in the register of a press release, every sentence ' +
        'generated from computed results and footnoted with the numbers behind it',
    )
    .option('--lang <lang>', 'de | en', 'de')
    .option('--edition <year>', 'the edition (default: the latest)', parseYear)
    .option('--seed <s>', 'seed of the permutation tests and the typology', parseCount, 1)
    .option('--json', 'print the findings (paragraphs, sentences, footnotes with their numbers) as JSON')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (options, command: Command) => {
      if (!['de', 'en'].includes(options.lang))
        command.error('error: --lang must be de or en', { exitCode: EXIT.usage });
      const { findingsCommand } = await import('../commands/findings.js');
      await findingsCommand({ ...command.optsWithGlobals(), ...options });
    });
}
