// Helpers of the `jobs` commands: opening the database, German/English numbers, progress bars, own error exits.
import { existsSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { JobBoardError } from '../../jobs/errors.js';
import { NotClassifiedError } from '../../jobs/exportAds.js';
import { openStore, parseLocation, StoreError, type Store } from '../../store/index.js';
import { databaseLocation, type GlobalOptions } from '../config.js';
import { EXIT } from '../errors.js';

export type Lang = 'de' | 'en';

export interface JobsOptions extends GlobalOptions {
  lang?: Lang;
  json?: boolean;
}

/**
 * Opens the database; `create` lets import and fetch start a new SQLite file, the other commands need an
 * existing one. Errors of the jobs layer that the central handler does not know exit here: a failing job board
 * with 1, a command run before `jobs classify` with 2 (usage).
 */
export async function withJobsStore<T>(
  options: GlobalOptions,
  create: boolean,
  fn: (store: Store) => Promise<T>,
): Promise<T | undefined> {
  const location = databaseLocation(options);
  const target = parseLocation(location);
  if (!create && target.dialect === 'sqlite' && target.path !== ':memory:' && !existsSync(target.path)) {
    throw new StoreError(`no database at ${target.path} (import or fetch job ads first, or give --db)`);
  }
  const store = await openStore(location);
  try {
    return await fn(store);
  } catch (error) {
    if (error instanceof JobBoardError) {
      process.stderr.write(`digitalindex: job board error: ${error.message} (${error.url})\n`);
      process.exitCode = EXIT.unexpected;
      return undefined;
    }
    if (error instanceof NotClassifiedError) {
      process.stderr.write(`digitalindex: ${error.message}\n`);
      process.exitCode = EXIT.usage;
      return undefined;
    }
    throw error;
  } finally {
    await store.close();
  }
}

export function count(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(value);
}

export function percent(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  return (
    new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value) + ' %'
  );
}

/** German text or its English translation. */
export function say(lang: Lang, de: string, en: string): string {
  return lang === 'de' ? de : en;
}

/** A progress bar on stderr when it is a terminal (nothing in pipes, scripts and tests). */
export function progressBar(label: string, total: number | null): { update(n: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format:
        total === null
          ? `${label} {value}`
          : `${label} {bar} {value}/{total} ({percentage} %) eta {eta_formatted}`,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0);
  return { update: (n) => bar.update(n), stop: () => bar.stop() };
}
