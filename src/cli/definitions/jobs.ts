// Declares `digitalindex jobs import|fetch|assign|classify|export|indicators`; the work is in ../commands/jobs*.ts.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { parseCount, parseYear } from './arguments.js';

export function defineJobs(program: Command): void {
  const family = program
    .command('jobs')
    .description(
      'job ads: import or fetch them (Bundesagentur für Arbeit job search), assign them to municipalities, ' +
        'classify whether they ask for AI skills, export them, store the indicator per municipality',
    )
    .exitOverride(exitWithUsageCode);

  family
    .command('import')
    .description(
      'import job ads from CSV, JSON, JSON Lines or a job-search response (fields id, title, description, employer, ' +
        'postcode, town, date, source; optional lat, lon); re-posts are counted once; a malformed file is ' +
        'rejected with every problem by line, and nothing of it is stored',
    )
    .argument('<file>', 'the file of ads (.csv, .json, .jsonl)')
    .option(
      '--postcodes <file>',
      'CSV table postcode,ags used to assign ads (stored for later imports and fetches)',
    )
    .option('--unit-set <code>', 'unit set the ads are assigned to', 'municipalities')
    .option(
      '--duplicate-days <days>',
      'ads with the same title, employer and town this close in time are one ad',
      parseCount,
      30,
    )
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (file: string, _options, command: Command) => {
      const { jobsImportCommand } = await import('../commands/jobs.js');
      await jobsImportCommand(file, command.optsWithGlobals());
    });

  family
    .command('fetch')
    .description(
      "fetch ads from the Federal Employment Agency's job search (jobsuche-service pc/v4): every result page of " +
        "the last up to 100 days, stored raw and as ads, then each new ad's details; an interrupted run is " +
        'resumed by the next call with the same parameters; run it regularly to accumulate ads',
    )
    .option('--was <text>', 'what: job title or keyword')
    .option('--wo <place>', 'where: town or postcode')
    .option('--umkreis <km>', 'radius around --wo in km', parseCount)
    .option('--days <n>', 'ads published in the last n days (veroeffentlichtseit, 0–100)', parseWindow, 100)
    .option('--size <n>', 'ads per result page (1–100)', parsePageSize, 100)
    .option('--angebotsart <n>', '1 work, 2 self-employment, 4 apprenticeship, 34 internship', parseCount)
    .option('--max-pages <n>', 'stop after n result pages (the next call resumes)', parseCount)
    .option('--no-details', "do not fetch the ads' details (descriptions)")
    .option('--max-details <n>', 'fetch at most n details in this call', parseCount)
    .option('--delay <ms>', 'pause between requests in ms', parseCount, 250)
    .option(
      '--base-url <url>',
      'the service (default: $JOBSUCHE_BASE_URL, else https://rest.arbeitsagentur.de/jobboerse/jobsuche-service)',
    )
    .option('--api-key <key>', 'X-API-Key header (default: jobboerse-jobsuche)')
    .option('--unit-set <code>', 'unit set the ads are assigned to', 'municipalities')
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { jobsFetchCommand } = await import('../commands/jobs.js');
      await jobsFetchCommand(command.optsWithGlobals());
    });

  family
    .command('assign')
    .description(
      'assign every stored ad to a municipality again (after importing boundaries or a postcode table)',
    )
    .option('--postcodes <file>', 'CSV table postcode,ags (stored for later use)')
    .option('--unit-set <code>', 'unit set the ads are assigned to', 'municipalities')
    .option(
      '--duplicate-days <days>',
      're-posts are linked again afterwards: same title, employer and municipality this close in time are one ad',
      parseCount,
      30,
    )
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { jobsAssignCommand } = await import('../commands/jobs.js');
      await jobsAssignCommand(command.optsWithGlobals());
    });

  family
    .command('classify')
    .description(
      'classify the stored ads not yet classified by the current classifier (asks for AI skills or not, with evidence)',
    )
    .option('--all', 'classify every ad again')
    .option(
      '--threads <n>',
      'classifier threads; 0 classifies in the main thread (default: by the number of ads, up to the processors)',
      parseCount,
    )
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { jobsClassifyCommand } = await import('../commands/jobsResults.js');
      await jobsClassifyCommand(command.optsWithGlobals());
    });

  family
    .command('export')
    .description('write one CSV row per ad (re-posts once): ad_id, ags, ai_skill (1 or 0), evidence')
    .requiredOption('--out <file>', 'the CSV file to write')
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { jobsExportCommand } = await import('../commands/jobsResults.js');
      await jobsExportCommand(command.optsWithGlobals());
    });

  family
    .command('indicators')
    .description(
      'store per municipality the ads (job_ads) and the ads asking for AI skills (ai_job_ads) as values of an ' +
        'edition, with provenance; reports the share and the municipalities without such ads',
    )
    .requiredOption('--edition <year>', 'the edition (survey year)', parseYear)
    .option('--from <date>', 'only ads published on or after this day (YYYY-MM-DD)', parseDay)
    .option(
      '--to <date>',
      'only ads published on or before this day (YYYY-MM-DD); also the reference date',
      parseDay,
    )
    .option('--unit-set <code>', 'unit set', 'municipalities')
    .option('--replace', 'replace stored values that differ (otherwise they are a conflict, exit 3)')
    .option('--dry-run', 'count and compare, store nothing')
    .addOption(langOption())
    .option('--json', 'print a JSON summary')
    .exitOverride(exitWithUsageCode)
    .action(async (_options, command: Command) => {
      const { jobsIndicatorsCommand } = await import('../commands/jobsResults.js');
      await jobsIndicatorsCommand(command.optsWithGlobals());
    });
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of the printed summary').choices(['de', 'en']).default('de');
}

function parseWindow(value: string): number {
  const n = parseCount(value);
  if (n > 100) throw new InvalidArgumentError('the job search covers at most the last 100 days');
  return n;
}

function parsePageSize(value: string): number {
  const n = parseCount(value);
  if (n < 1 || n > 100) throw new InvalidArgumentError('1 to 100 ads per page');
  return n;
}

function parseDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value.trim())
    throw new InvalidArgumentError('a day YYYY-MM-DD');
  return value.trim();
}

/** Wrong usage found by the argument parser exits with 2, as every usage error of digitalindex. */
function exitWithUsageCode(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
}
