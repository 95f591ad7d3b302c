// Declares `digitalindex run`; the work is in ../commands/run.ts, loaded only when the command runs.
import type { Command } from 'commander';

export function defineRun(program: Command): void {
  program
    .command('run')
    .description(
      'load the bundled editions, compute all unit sets and print the ranking of the latest edition',
    )
    .option('--json', 'print one JSON document instead of tables')
    .option('--out <dir>', 'directory for the CSV and JSON results', 'out')
    .option('--lang <lang>', 'language of the printed tables (de|en)', 'de')
    .option('--bundle <file>', 'bundle manifest to load instead of the bundled demo data (data/bundle.json)')
    .action(async (options, command: Command) => {
      const { runCommand } = await import('../commands/run.js');
      await runCommand({ ...command.optsWithGlobals(), ...options });
    });
}
