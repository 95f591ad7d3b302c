// Declares `digitalindex import coinr`; the work is in ../commands/importCoinr.ts, loaded only when the command runs.
import type { Command } from 'commander';
import { EXIT } from '../errors.js';

/** The `import` command family; `import coinr` is its first member (later also `import FILE`). */
export function importFamily(program: Command): Command {
  const existing = program.commands.find((c) => c.name() === 'import');
  return (
    existing ?? program.command('import').description('import data: `import coinr` reads COINr input tables')
  );
}

export function defineImportCoinr(program: Command): void {
  const family = importFamily(program).exitOverride(exitWithUsageCode);
  family
    .command('coinr')
    .description(
      "turn COINr's input tables (iData, iMeta) into a project directory for `digitalindex compute DIR`",
    )
    .requiredOption(
      '--data <file>',
      "COINr's iData as CSV: uCode, uName, *_group columns, Time, denominators, indicators",
    )
    .requiredOption(
      '--meta <file>',
      "COINr's iMeta as CSV: Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type",
    )
    .requiredOption('--out <dir>', 'the project directory to write (index.yaml, data.csv, README.md)')
    .option('--force', 'replace the files of an existing project')
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { importCoinrCommand } = await import('../commands/importCoinr.js');
      // With the family's options (e.g. its --json, which commander gives the family when written after coinr).
      await importCoinrCommand(command.optsWithGlobals());
    });
}

/** Wrong usage found by the argument parser exits with 2, as every usage error of digitalindex. */
function exitWithUsageCode(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
}
