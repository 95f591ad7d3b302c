// Declares `digitalindex crawl [FIRMS]` and `crawl status`; the work is in ../commands/crawl*.ts, loaded when a command runs.
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { addFirmListOptions } from './crawlFirms.js';
import { parseCount } from './arguments.js';

/** Declares the `crawl` command (crawl-firms adds import/export/purge/indicators to it) and returns it. */
export function defineCrawl(program: Command): Command {
  const usage = (error: { exitCode: number }) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
  const crawl = program
    .command('crawl')
    .description(
      'crawl the websites of the firms of a firm list (or resume the crawl in this database), politely: ' +
        'robots.txt, one connection and a delay per host; classify each firm when its site is done',
    )
    .argument(
      '[firms]',
      'the firm list (CSV or XLSX: firm_id, name, url, ags …); omitted: resume the stored crawl',
    );
  addFirmListOptions(crawl)
    .option('--max-pages <n>', 'HTML pages per site at most', parsePositive, 50)
    .option(
      '--delay-ms <ms>',
      'minimum delay between two requests to one host (Crawl-delay may ask for more)',
      parseCount,
      1000,
    )
    .option('--concurrency <n>', 'sites crawled in parallel', parsePositive, 32)
    .option(
      '--connections-per-host <n>',
      'requests in flight per host (scheme, host and port)',
      parsePositive,
      1,
    )
    .option('--allow-private', 'allow loopback, private and link-local addresses (tests, intranets)')
    .option(
      '--user-agent <ua>',
      'user agent with a contact address (default: $DIGITALINDEX_USER_AGENT, else built from $DIGITALINDEX_CRAWL_CONTACT)',
    )
    .option('--timeout-ms <ms>', 'time-out of one request', parsePositive, 15_000)
    .option('--max-bytes <n>', 'bytes read of one page at most', parsePositive, 2 * 1024 * 1024)
    .option('--max-depth <n>', 'links followed at most this deep from the home page', parseCount, 5)
    .option('--no-sitemap', 'do not read sitemap.xml')
    .option('--keep-text', 'keep the full page text after classification (default: deleted)')
    .option('--json', 'print a JSON summary')
    .exitOverride(usage)
    .action(async (file: string | undefined, _options, command: Command) => {
      const { crawlCommand } = await import('../commands/crawl.js');
      await crawlCommand(file, command.optsWithGlobals());
    });

  crawl
    .command('status')
    .description(
      'where the crawl stands: firms by status, open and leased sites, frontier, pages, errors by kind',
    )
    .option('--json', 'print the status as JSON')
    .exitOverride(usage)
    .action(async (_options, command: Command) => {
      const { crawlStatusCommand } = await import('../commands/crawlStatus.js');
      await crawlStatusCommand(command.optsWithGlobals());
    });
  return crawl;
}

/** A crawler must say who runs it: the user agent has to carry a contact (a URL or an e-mail address). */
export function parseUserAgent(value: string): string {
  if (!/(https?:\/\/\S+|\S+@\S+\.\S+)/.test(value)) {
    throw new InvalidArgumentError('the user agent needs a contact address (a URL or an e-mail address)');
  }
  return value.trim();
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError('a whole number of 1 or more is expected');
  return n;
}
