#!/usr/bin/env node
// cli: the `digitalindex` command; parses arguments only and loads each command's module on demand.
import { Command, Option } from 'commander';
import { defineRun } from './definitions/run.js';
import { handleFailure } from './errors.js';

const program = new Command()
  .name('digitalindex')
  .description('Builds, computes and publishes a regional digitalisation index (default: Digital-Index Ruhr).')
  .version('0.1.0')
  .showHelpAfterError()
  .addOption(new Option('--db <path>', 'database file or URL (default: $DATABASE_URL, else ./digitalindex.db)'));

// One line per command; each definition file declares options and lazily imports its implementation.
defineRun(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.exitCode = handleFailure(error);
});
