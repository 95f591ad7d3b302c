// `digitalindex crawl [FIRMS]`: imports the firm list (if given), then starts or resumes the crawl with a progress bar.
import cliProgress from 'cli-progress';
import {
  DEFAULT_CONTACT,
  DEFAULT_CRAWL_OPTIONS,
  registerSites,
  startCrawl,
  userAgentWithContact,
  type CrawlOptions,
} from '../../crawl/index.js';
import { importFirmList, listFirmsToCrawl, type ImportFirmListReport } from '../../crawl/firms/index.js';
import { openStore } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { formatNumber } from '../table.js';
import { describeImport } from './crawlFirms.js';

export interface CrawlCommandOptions extends GlobalOptions {
  postcodes?: string;
  skipInvalid?: boolean;
  maxPages: number;
  delayMs: number;
  concurrency: number;
  connectionsPerHost: number;
  allowPrivate?: boolean;
  userAgent?: string;
  timeoutMs: number;
  maxBytes: number;
  maxDepth: number;
  sitemap: boolean;
  keepText?: boolean;
  json?: boolean;
}

/** The user agent: the flag, else $DIGITALINDEX_USER_AGENT, else ours with $DIGITALINDEX_CRAWL_CONTACT. */
export function resolveUserAgent(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return (
    flag ??
    env.DIGITALINDEX_USER_AGENT ??
    userAgentWithContact(env.DIGITALINDEX_CRAWL_CONTACT ?? DEFAULT_CONTACT)
  );
}

export async function crawlCommand(file: string | undefined, options: CrawlCommandOptions): Promise<void> {
  const crawlOptions: CrawlOptions = {
    ...DEFAULT_CRAWL_OPTIONS,
    maxPages: options.maxPages,
    delayMs: options.delayMs,
    concurrency: options.concurrency,
    connectionsPerOrigin: options.connectionsPerHost,
    allowPrivate: options.allowPrivate === true,
    userAgent: resolveUserAgent(options.userAgent),
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    useSitemap: options.sitemap,
    keepText: options.keepText === true,
    traps: { ...DEFAULT_CRAWL_OPTIONS.traps, maxDepth: options.maxDepth },
  };
  const store = await openStore(databaseLocation(options));
  try {
    let imported: ImportFirmListReport | null = null;
    if (file !== undefined) {
      imported = await importFirmList(store, file, {
        postcodesFile: options.postcodes,
        skipInvalid: options.skipInvalid,
      });
      if (!options.json) process.stderr.write(describeImport(imported));
    }
    const firms = await listFirmsToCrawl(store, Number.MAX_SAFE_INTEGER);
    await registerSites(
      store,
      firms.map((f) => ({ firmId: f.firmId, url: f.url })),
    );
    const total = firms.length;

    const errorsByKind: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    let pages = 0;
    let requests = 0;
    let firmsDone = 0;
    const started = performance.now();
    const bar = !options.json && process.stderr.isTTY && total > 0 ? progressBar(total) : null;
    const pagesPerSecond = () => pages / Math.max(0.001, (performance.now() - started) / 1000);
    const update = () =>
      bar?.update(firmsDone, {
        pps: formatNumber(pagesPerSecond(), 'de', 1),
        errors:
          Object.entries(errorsByKind)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || 'keine',
      });
    const handle = startCrawl(store, crawlOptions, {
      request: (r) => {
        requests++;
        if (r.errorKind) errorsByKind[r.errorKind] = (errorsByKind[r.errorKind] ?? 0) + 1;
      },
      page: (p) => {
        if (p.kind === 'html' || p.kind === 'js_only') pages++;
        update();
      },
      firmDone: (f) => {
        firmsDone++;
        byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
        update();
      },
    });
    const onSignal = () => {
      process.exitCode = 130;
      handle.stop();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let run;
    try {
      run = await handle.done;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      bar?.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const summary = {
      import: imported,
      firmsToCrawl: total,
      firmsCrawled: firmsDone,
      byStatus,
      pages,
      requests,
      seconds: Math.round(seconds * 10) / 10,
      pagesPerSecond: Math.round(pagesPerSecond() * 10) / 10,
      errorsByKind,
      worker: run.worker,
      stopped: run.stopped,
    };
    if (options.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else process.stdout.write(describe(summary));
  } finally {
    await store.close();
  }
}

function progressBar(total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'Firmen {bar} {value}/{total} | {pps} Seiten/s | Fehler: {errors} | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { pps: '0,0', errors: 'keine' });
  return bar;
}

function describe(s: {
  firmsToCrawl: number;
  firmsCrawled: number;
  byStatus: Record<string, number>;
  pages: number;
  requests: number;
  seconds: number;
  pagesPerSecond: number;
  errorsByKind: Record<string, number>;
  stopped: boolean;
}): string {
  const n = (x: number) => formatNumber(x, 'de', 0);
  const lines = [
    `${s.stopped ? 'Crawl unterbrochen (interrupted)' : 'Crawl beendet (finished)'}: ${n(s.firmsCrawled)} von ${n(s.firmsToCrawl)} Unternehmen, ` +
      `${n(s.pages)} Seiten, ${n(s.requests)} Anfragen in ${formatNumber(s.seconds, 'de', 1)} s (${formatNumber(s.pagesPerSecond, 'de', 1)} Seiten/s)`,
  ];
  const statuses = Object.entries(s.byStatus).sort();
  if (statuses.length > 0) lines.push(`  Status: ${statuses.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  const errors = Object.entries(s.errorsByKind).sort();
  if (errors.length > 0)
    lines.push(`  Fehler nach Art (errors by kind): ${errors.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  if (s.stopped) lines.push('  Derselbe Befehl setzt den Crawl fort (the same command resumes).');
  return lines.join('\n') + '\n';
}
