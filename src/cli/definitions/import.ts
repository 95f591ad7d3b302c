// Declares `digitalindex import FILE`; the work is in ../commands/import.ts, loaded only when the command runs.
//
// `import` is also the family of `import coinr` (definitions/importCoinr.ts): commander dispatches to a
// subcommand when the first operand names one, and otherwise runs this action with FILE. The family's own
// options are positional (recognised before a subcommand only), so `import coinr --json` stays coinr's.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { importFamily } from './importCoinr.js';
import { parseYear } from './arguments.js';

const HELP = `
A file from a source the spec declares (table code and value variable in an indicator's or denominator's
source, e.g. GENESIS 12411-01-01-5 / BEVSTD) is mapped without --mapping; any other file needs a mapping.
Nothing is written with --dry-run. Otherwise everything is written in one transaction: a stored value of
the same unit, variable and edition that differs is a conflict, reported with exit code 3, unless --replace.
Importing the same file again changes nothing. A missing edition is created with the spec of the latest
edition in the database (run \`digitalindex run\` first on an empty database).`;

export function defineImport(program: Command): void {
  importFamily(program)
    .description(
      'import a table (GENESIS, CSV, XLSX, BA, broadband) into an edition; `import coinr` reads COINr tables',
    )
    .enablePositionalOptions()
    .argument('[file]', 'the table to import')
    .option('--mapping <file>', 'mapping file (YAML): which column or variable feeds which indicator')
    .option('--edition <year>', 'the edition the values belong to (required for a file)', parseYear)
    .option('--dry-run', 'show what would change, write nothing')
    .option('--replace', 'replace stored values that differ (otherwise a conflict aborts the import)')
    .option(
      '--retrieved <date>',
      'retrieval date of the file, YYYY-MM-DD (default: its modification date)',
      parseDate,
    )
    .option('--json', 'print the import report as JSON')
    .addHelpText('after', HELP)
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (file: string | undefined, options, command: Command) => {
      if (file === undefined)
        command.error('error: missing argument FILE (or a subcommand: coinr)', { exitCode: EXIT.usage });
      if (options.edition === undefined) {
        command.error("error: required option '--edition <year>' not specified", { exitCode: EXIT.usage });
      }
      const { importCommand } = await import('../commands/import.js');
      await importCommand(file, { ...command.optsWithGlobals(), ...options });
    });
}

function parseDate(value: string): string {
  const text = value.trim();
  const date = new Date(`${text}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  ) {
    throw new InvalidArgumentError('the retrieval date is written YYYY-MM-DD, e.g. 2025-07-01');
  }
  return text;
}
