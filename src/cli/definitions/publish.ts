// Declares `digitalindex publish`; the work is in ../commands/publish.ts, loaded only when the command runs.
import type { Command } from 'commander';

export function definePublish(program: Command): void {
  program
    .command('publish')
    .description(
      'writes the dashboard and every API response (JSON, CSV, XLSX, GeoJSON) into a folder that any static web ' +
        'server can host; an empty database first gets the bundled editions',
    )
    .requiredOption(
      '--static <dir>',
      'the folder to write (new, empty, or an earlier export, which is replaced)',
    )
    .option('--json', 'print a summary as JSON')
    .action(async (options, command: Command) => {
      const { publishCommand } = await import('../commands/publish.js');
      await publishCommand({ ...command.optsWithGlobals(), ...options });
    });
}
