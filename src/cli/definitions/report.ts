// Declares `digitalindex report`; the work is in ../commands/report.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear } from './arguments.js';

export function defineReport(program: Command): void {
  program
    .command('report')
    .description(
      'a paginated PDF report of an edition (title page, findings, ranking, map, sub-index chapters, region ' +
        'comparison, methodology and sources, robustness), printed from HTML by headless Chromium; --unit AGS ' +
        'for a two-page profile of one municipality, --all-units for all of them',
    )
    .requiredOption('--out <path>', 'the PDF file (with --all-units: a directory)')
    .option('--edition <year>', 'the edition (default: the latest)', parseYear)
    .option('--unit <ags>', 'a two-page profile of this unit (AGS or name)')
    .option('--all-units', 'a two-page profile of every unit, written as DIR/<AGS>.pdf')
    .option('--lang <lang>', 'de | en', 'de')
    .option('--runs <n>', 'runs of the robustness (uncertainty) analysis; 0 leaves it out', parseCount, 200)
    .option('--seed <s>', 'seed of the robustness analysis, permutation tests and typology', parseCount, 1)
    .option('--html', 'also write the HTML next to each PDF')
    .option('--json', 'print the written files as JSON')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (options, command: Command) => {
      if (!['de', 'en'].includes(options.lang))
        command.error('error: --lang must be de or en', { exitCode: EXIT.usage });
      if (options.unit && options.allUnits)
        command.error('error: give either --unit or --all-units', { exitCode: EXIT.usage });
      const { reportCommand } = await import('../commands/report.js');
      await reportCommand({ ...command.optsWithGlobals(), ...options });
    });
}
