#!/usr/bin/env node
// cli: the `digitalindex` command; parses arguments only and loads each command's module on demand.
import { Command, Option } from 'commander';
import { handleFailure } from './errors.js';

const program = new Command()
  .name('digitalindex')
  .description(
    'Builds, computes and publishes a regional digitalisation index (default: Digital-Index Ruhr).',
  )
  .version('0.1.0')
  .showHelpAfterError()
  .addOption(
    new Option('--db <path>', 'database file or URL (default: $DATABASE_URL, else ./digitalindex.db)'),
  );

program
  .command('run')
  .description('load the bundled editions, compute all unit sets and print the ranking of the latest edition')
  .option('--json', 'print one JSON document instead of tables')
  .option('--out <dir>', 'directory for the CSV and JSON results', 'out')
  .option('--lang <lang>', 'language of the printed tables (de|en)', 'de')
  .option('--bundle <file>', 'bundle manifest to load instead of the bundled demo data (data/bundle.json)')
  .action(async (options) => {
    const { runCommand } = await import('./commands/run.js');
    await runCommand({ ...program.opts(), ...options });
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = handleFailure(error);
});
