// Declares `digitalindex crawl import|export|purge|indicators` on the `crawl` command; the work is in ../commands/crawlFirms.ts.
import { Command, InvalidArgumentError } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear } from './arguments.js';

/**
 * Adds the firm-list subcommands to `crawl` (declared by definitions/crawl.ts, registered before this in
 * main.ts); creates a bare `crawl` command when there is none.
 */
export function defineCrawlFirms(program: Command): void {
  const crawl =
    program.commands.find((c) => c.name() === 'crawl') ??
    program.command('crawl').description('crawl firm websites and derive the firm indicators');
  const usage = (error: { exitCode: number }) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);

  addFirmListOptions(
    crawl
      .command('import')
      .description(
        'check a firm list (CSV or XLSX: firm_id, name, url, ags — or postcode, town instead of ags — ' +
          'optionally founded, wz) and store its firms without crawling; upserts by firm_id',
      )
      .argument('<firms>', 'the firm list (.csv in UTF-8 or Windows-1252, or .xlsx)'),
  )
    .option('--dry-run', 'check and report, store nothing')
    .option('--json', 'print the report as JSON')
    .exitOverride(usage)
    .action(async (file: string, _options, command: Command) => {
      const { crawlImportCommand } = await import('../commands/crawlFirms.js');
      await crawlImportCommand(file, command.optsWithGlobals());
    });

  crawl
    .command('export')
    .description(
      'write one CSV row per firm: firm_id, ags, url, status, pages, digital_score, ai_score, digital_affine, ' +
        'ai_affine, founded, startup, final_url, classifier_version, evidence',
    )
    .requiredOption('--out <file>', 'the CSV file to write')
    .option(
      '--reference-year <year>',
      'year start-ups are counted for (default: the latest edition, else the current year)',
      parseYear,
    )
    .option(
      '--startup-years <n>',
      'a start-up is founded at most N years before the reference year',
      parseCount,
      5,
    )
    .option('--json', 'print a JSON summary')
    .exitOverride(usage)
    .action(async (_options, command: Command) => {
      const { crawlExportCommand } = await import('../commands/crawlFirms.js');
      await crawlExportCommand(command.optsWithGlobals());
    });

  crawl
    .command('purge')
    .description('delete the stored text of crawled pages (it may name people); scores and flags stay')
    .option('--evidence', 'also delete the evidence snippets of every firm')
    .option('--json', 'print a JSON summary')
    .exitOverride(usage)
    .action(async (_options, command: Command) => {
      const { crawlPurgeCommand } = await import('../commands/crawlFirms.js');
      await crawlPurgeCommand(command.optsWithGlobals());
    });

  crawl
    .command('indicators')
    .description(
      'count per municipality the digital-affine and AI-affine firms among the classified ones and the digital ' +
        'start-ups, and store them with the coverage as values of the edition (source "digitalindex crawl")',
    )
    .requiredOption(
      '--edition <year>',
      'the edition (its year is the reference year of start-ups)',
      parseYear,
    )
    .option('--unit-set <code>', 'the unit set', 'municipalities')
    .option(
      '--startup-years <n>',
      'a start-up is founded at most N years before the reference year',
      parseCount,
      5,
    )
    .option('--replace', "replace values of the crawl's variables that come from other sources")
    .option('--dry-run', 'count and report, store nothing')
    .option('--lang <lang>', 'language of the table: de or en', parseLang, 'de')
    .option('--json', 'print the report (with the coverage per unit) as JSON')
    .exitOverride(usage)
    .action(async (_options, command: Command) => {
      const { crawlIndicatorsCommand } = await import('../commands/crawlFirms.js');
      await crawlIndicatorsCommand(command.optsWithGlobals());
    });
}

/** The options of the firm list, for every command that imports one (`crawl import`, `crawl FIRMS.csv`). */
export function addFirmListOptions(command: Command): Command {
  return command
    .option('--postcodes <file>', 'postcode table (CSV: postcode, ags) for lists with postcode and town')
    .option(
      '--skip-invalid',
      'import the valid rows and list the invalid ones instead of rejecting the list',
    );
}

function parseLang(value: string): 'de' | 'en' {
  if (value !== 'de' && value !== 'en') throw new InvalidArgumentError('de or en');
  return value;
}
