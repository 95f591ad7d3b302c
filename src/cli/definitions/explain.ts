// Declares `digitalindex explain`; the work is in ../commands/explain.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseYear } from './arguments.js';

export function defineExplain(program: Command): void {
  program
    .command('explain')
    .description(
      'where one number came from (source, file, row, retrieval and reference date) and every step the ' +
        'engine applied to it, up to the index',
    )
    .argument('<ags>', 'the unit: an 8-digit AGS (or a region code)')
    .argument('<indicator>', 'an indicator or denominator code, e.g. research_institutions')
    .option('--edition <year>', 'the edition (default: the latest that holds this value)', parseYear)
    .option('--unit-set <code>', 'the unit set', 'municipalities')
    .option('--internal', 'show confidential values (never for publication)')
    .option('--json', 'print one JSON document')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (ags: string, indicator: string, options, command: Command) => {
      const { explainCommand } = await import('../commands/explain.js');
      await explainCommand(ags, indicator, { ...command.optsWithGlobals(), ...options });
    });
}
