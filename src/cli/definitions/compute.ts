// Declares `digitalindex compute`; the work is in ../commands/compute.ts, loaded only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import type { MethodChoice } from '../../engine/structure.js';
import {
  AGGREGATE_FORMS,
  IMPUTE_FORMS,
  NORMALISE_FORMS,
  OverrideError,
  TREAT_FORMS,
  parseAggregate,
  parseImpute,
  parseNormalise,
  parseTreat,
} from '../../spec/overrides.js';
import { EXIT } from '../errors.js';

export function defineCompute(program: Command): void {
  program
    .command('compute')
    .description(
      'compute an index and write treated.csv, normalised.csv, aggregated.csv and ranks.csv: from a project ' +
        'directory (see `import coinr`), or without DIR from the database',
    )
    .argument('[dir]', 'project directory with index.yaml and data.csv')
    .requiredOption('--out <dir>', 'directory for the four CSV tables')
    .option('--edition <year>', 'the edition (Time) to compute (default: the latest)', parseEdition)
    .option('--unit-set <code>', 'unit set to compute from the database (default: municipalities)')
    .option('--treat <method>', `outlier treatment: ${TREAT_FORMS}`, usage(parseTreat))
    .option('--normalise <method>', `normalisation: ${NORMALISE_FORMS}`, usage(parseNormalise))
    .option('--aggregate <method>', `aggregation: ${AGGREGATE_FORMS}`, usage(parseAggregate))
    .option('--impute <method>', `imputation: ${IMPUTE_FORMS}`, usage(parseImpute))
    .option('--denominate', 'divide each indicator by its declared denominator')
    .option('--no-denominate', 'use the indicators as they are')
    .option('--json', 'print a JSON summary')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (dir: string | undefined, options, command: Command) => {
      if (dir !== undefined && options.unitSet !== undefined) {
        command.error('error: --unit-set applies to the database only, not to a project directory', {
          exitCode: EXIT.usage,
        });
      }
      const { computeCommand } = await import('../commands/compute.js');
      const { treat, normalise, aggregate, impute, denominate } = options;
      await computeCommand(dir, {
        ...command.optsWithGlobals(),
        overrides: { treat, normalise, aggregate, impute, denominate },
      });
    });
}

function usage(parse: (value: string) => MethodChoice): (value: string) => MethodChoice {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof OverrideError ? error.problem : String(error));
    }
  };
}

function parseEdition(value: string): number {
  const year = Number(value);
  if (!/^-?\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(year)) {
    throw new InvalidArgumentError('the edition must be a number (a year, as in the Time column)');
  }
  return year;
}
