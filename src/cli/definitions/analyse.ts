// Declares `digitalindex analyse`; the work is in ../commands/analyse.ts, loaded only when the command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear, wholeNumber } from './arguments.js';

export const ANALYSES = ['leaders', 'typology', 'spatial', 'levers', 'whatif', 'regions', 'movers'] as const;
export type AnalysisKind = (typeof ANALYSES)[number];

export function defineAnalyse(program: Command): void {
  program
    .command('analyse')
    .alias('analyze')
    .argument('<analysis>', `one of: ${ANALYSES.join(', ')}`, (v: string) => {
      if (!(ANALYSES as readonly string[]).includes(v))
        throw new InvalidArgumentError(`choose one of ${ANALYSES.join(', ')}`);
      return v;
    })
    .description(
      'analyses of an edition: leaders and laggards, typology (clusters), spatial patterns (Moran’s I, hot and ' +
        'cold spots, gradients), levers, what-if scenarios, the region comparison, movers between editions',
    )
    .option('--edition <year>', 'the edition (default: the latest)', parseYear)
    .option('--unit-set <code>', 'the unit set (regions uses "regions")', 'municipalities')
    .option('--seed <s>', 'seed of every random step (k-means starts, permutations)', parseCount, 1)
    .option('--permutations <n>', 'spatial: permutations of the Moran tests', wholeNumber(9), 999)
    .option('--neighbours <kind>', 'spatial: auto | contiguity | circles | knn', 'auto')
    .option('--k <n>', 'spatial: k of knn; typology: a fixed number of clusters', wholeNumber(1))
    .option('--method <m>', 'typology: kmeans | ward', 'kmeans')
    .option('--unit <ags>', 'levers: only this unit (AGS or name)')
    .option('--target <indicator=value...>', 'levers: a target value for an indicator (repeatable)')
    .option('--node <code>', 'levers: the sub-index whose catching-up is ranked', 'infrastructure')
    .option('--scenario <file>', 'whatif: scenario file (YAML or CSV: unit, indicator, value or by)')
    .option('--focus <code>', 'regions: the region compared with the others', 'ruhr')
    .option('--from <year>', 'movers: the earlier edition (default: the one before --edition)', parseYear)
    .option(
      '--runs <n>',
      'movers: runs of the uncertainty analysis of the earlier edition',
      wholeNumber(3),
      200,
    )
    .option('--top <n>', 'how many entries per list', wholeNumber(1), 5)
    .option('--lang <lang>', 'language of the tables: de | en', 'de')
    .option('--json', 'print one JSON document')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .action(async (analysis: AnalysisKind, options, command: Command) => {
      if (analysis === 'whatif' && !options.scenario)
        command.error('error: analyse whatif needs --scenario FILE', { exitCode: EXIT.usage });
      if (!['kmeans', 'ward'].includes(options.method))
        command.error('error: --method must be kmeans or ward', { exitCode: EXIT.usage });
      if (!['auto', 'contiguity', 'circles', 'knn'].includes(options.neighbours))
        command.error('error: --neighbours must be auto, contiguity, circles or knn', {
          exitCode: EXIT.usage,
        });
      const { analyseCommand } = await import('../commands/analyse.js');
      await analyseCommand(analysis, { ...command.optsWithGlobals(), ...options });
    });
}
