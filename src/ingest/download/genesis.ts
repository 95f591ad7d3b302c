// Download client for GENESIS web services (Regionaldatenbank, Destatis, Landesdatenbank NRW: data/tablefile) and the open CSV downloads of IT.NRW.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { IngestError } from '../errors.js';

/** Base URLs of the GENESIS REST interface (version 2020) of the three databases the index uses. */
export const GENESIS_SERVICES = {
  regionalstatistik: 'https://www.regionalstatistik.de/genesisws/rest/2020/',
  destatis: 'https://www-genesis.destatis.de/genesisWS/rest/2020/',
  nrw: 'https://www.landesdatenbank.nrw.de/ldbnrwws/rest/2020/',
} as const;

/** IT.NRW's open downloads: `<base><code>_00.csv`, no login, classic CSV in Latin-1. */
export const NRW_OPEN_DOWNLOADS = 'https://www.landesdatenbank.nrw.de/ldbnrwws/downloader/00/tables/';

/** A download that failed; `file` is the URL (never with credentials). */
export class GenesisDownloadError extends IngestError {
  constructor(
    url: string,
    problem: string,
    readonly status: number | null = null,
  ) {
    super(url, null, null, problem);
    this.name = 'GenesisDownloadError';
  }
}

export interface RetryOptions {
  /** Further attempts after a 5xx/429 answer or a network error (default 3). */
  retries?: number;
  /** First wait before a retry; doubled each time (default 1000 ms). A Retry-After header wins (up to 60 s). */
  backoffMs?: number;
  /** Per attempt (default 10 minutes: big tables take a while to be assembled). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface GenesisClientOptions extends RetryOptions {
  /** e.g. GENESIS_SERVICES.regionalstatistik; any URL ending before `data/tablefile`. */
  baseUrl: string;
  username: string;
  password: string;
}

/** Parameters of `data/tablefile`; unset ones are left out. */
export interface TablefileRequest {
  /** Table code, e.g. "12411-01-01-5". */
  name: string;
  format?: 'ffcsv' | 'csv';
  language?: 'de' | 'en';
  area?: string;
  compress?: boolean;
  transpose?: boolean;
  quality?: 'on' | 'off';
  startyear?: string | number;
  endyear?: string | number;
  timeslices?: string | number;
  /** e.g. GEMEIN or KREISE. */
  regionalvariable?: string;
  /** Comma list with `*` wildcards, e.g. "05*". */
  regionalkey?: string;
  classifyingvariable1?: string;
  classifyingkey1?: string;
  classifyingvariable2?: string;
  classifyingkey2?: string;
  classifyingvariable3?: string;
  classifyingkey3?: string;
  /** DD.MM.YYYY */
  stand?: string;
  job?: boolean;
}

export interface DownloadResult {
  /** Where the table was written. */
  file: string;
  url: string;
  bytes: number;
  sha256: string;
  /** The ZIP member the file came from, when the answer was a ZIP. */
  member: string | null;
  /** ISO timestamp of the answer. */
  retrieved: string;
}

/**
 * Fetches a table with `POST <base>data/tablefile` (form-encoded body; user name and password as headers) and
 * writes it into `directory`: the single CSV member of a ZIP answer (Destatis sends `<code>_<n>_de_flat.csv`
 * zipped; the member's name is kept), else the body as `<name>_<format>.csv`. Defaults: format=ffcsv,
 * area=all, compress=false, language=de.
 */
export async function downloadGenesisTable(
  options: GenesisClientOptions,
  request: TablefileRequest,
  directory: string,
): Promise<DownloadResult> {
  const url = new URL(
    'data/tablefile',
    options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
  ).href;
  const params: Record<string, string> = { area: 'all', compress: 'false', format: 'ffcsv', language: 'de' };
  for (const [key, value] of Object.entries(request)) if (value !== undefined) params[key] = String(value);
  const body = new URLSearchParams(params).toString();
  const fallbackName = `${request.name}_${params.format}.csv`;
  return withRetries(url, options, async (signal) => {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/zip, text/csv, application/json, */*',
        username: options.username,
        password: options.password,
      },
      body,
      signal,
    });
    return saveAnswer(url, response, directory, fallbackName);
  });
}

/** Fetches `<base><code>_00.csv` from IT.NRW's open downloads (no login) into `directory`, bytes unchanged. */
export async function downloadNrwOpenTable(
  code: string,
  directory: string,
  options: RetryOptions & { baseUrl?: string } = {},
): Promise<DownloadResult> {
  if (!/^[0-9]{5}-[0-9A-Za-z-]+$/.test(code)) {
    throw new GenesisDownloadError(code, `"${code}" is not a table code such as 13211-05i`);
  }
  const base = options.baseUrl ?? NRW_OPEN_DOWNLOADS;
  const url = new URL(`${code}_00.csv`, base.endsWith('/') ? base : `${base}/`).href;
  return withRetries(url, options, async (signal) => {
    const response = await (options.fetch ?? fetch)(url, { signal });
    return saveAnswer(url, response, directory, `${code}_00.csv`);
  });
}

class Retryable extends Error {
  constructor(
    message: string,
    readonly waitMs: number | null = null,
  ) {
    super(message);
  }
}

async function withRetries(
  url: string,
  options: RetryOptions,
  attempt: (signal: AbortSignal) => Promise<DownloadResult>,
): Promise<DownloadResult> {
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let last = '';
  for (let n = 0; n <= retries; n++) {
    try {
      return await attempt(AbortSignal.timeout(options.timeoutMs ?? 600_000));
    } catch (error) {
      if (error instanceof GenesisDownloadError) throw error;
      const waitMs = error instanceof Retryable ? error.waitMs : null;
      last = error instanceof Retryable ? error.message : `network error (${describe(error)})`;
      if (n < retries) await sleep(waitMs ?? backoff * 2 ** n);
    }
  }
  throw new GenesisDownloadError(url, `gave up after ${retries + 1} attempts: ${last}`);
}

async function saveAnswer(
  url: string,
  response: Response,
  directory: string,
  fallbackName: string,
): Promise<DownloadResult> {
  const status = response.status;
  if (status === 401 || status === 403) {
    await response.body?.cancel();
    throw new GenesisDownloadError(
      url,
      `the service refused the login (HTTP ${status}): check the user name and password (or token) of the GENESIS account`,
      status,
    );
  }
  if (status === 429 || status >= 500) {
    await response.body?.cancel();
    throw new Retryable(`HTTP ${status}`, retryAfter(response.headers.get('retry-after')));
  }
  if (status !== 200) {
    const text = (await response.text()).slice(0, 300);
    throw new GenesisDownloadError(url, `HTTP ${status}: ${text}`, status);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json'))
    throw new GenesisDownloadError(url, genesisMessage(await response.text()), status);
  if (type.includes('text/html')) {
    await response.body?.cancel();
    throw new GenesisDownloadError(
      url,
      'the answer is an HTML page, not a table (is the table code right?)',
      status,
    );
  }
  if (!response.body) throw new GenesisDownloadError(url, 'the answer has no body', status);
  mkdirSync(directory, { recursive: true });
  const reader = response.body.getReader();
  const first = await reader.read();
  const head = first.done ? new Uint8Array(0) : first.value;
  const isZip =
    type.includes('zip') || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04);
  const chunks = (async function* () {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      yield next.value;
    }
  })();
  const retrieved = new Date().toISOString();
  if (isZip) return { ...(await unzipCsv(url, chunks, directory)), url, retrieved };
  const file = join(directory, fallbackName);
  const written = await writeChunks(file, chunks);
  return { file, url, member: null, retrieved, ...written };
}

async function writeChunks(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const fd = openSync(file, 'w');
  let bytes = 0;
  try {
    for await (const chunk of chunks) {
      writeSync(fd, chunk);
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
  return { bytes, sha256: hash.digest('hex') };
}

/** Streams a ZIP answer: every `.csv` member is written out; exactly one must remain (a `*_flat.csv` wins). */
async function unzipCsv(
  url: string,
  chunks: AsyncIterable<Uint8Array>,
  directory: string,
): Promise<{ file: string; member: string; bytes: number; sha256: string }> {
  const members: {
    name: string;
    file: string;
    fd: number;
    bytes: number;
    hash: ReturnType<typeof createHash>;
  }[] = [];
  let failure: Error | null = null;
  const unzip = new Unzip((entry) => {
    if (!/\.csv$/i.test(entry.name)) return;
    const name = basename(entry.name.replace(/\\/g, '/'));
    const member = {
      name,
      file: join(directory, name),
      fd: openSync(join(directory, name), 'w'),
      bytes: 0,
      hash: createHash('sha256'),
    };
    members.push(member);
    entry.ondata = (error, data) => {
      if (error) {
        failure ??= error;
        return;
      }
      writeSync(member.fd, data);
      member.hash.update(data);
      member.bytes += data.length;
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const cleanUp = (keep: string | null) => {
    for (const m of members) {
      closeSync(m.fd);
      if (m.file !== keep) rmSync(m.file, { force: true });
    }
  };
  try {
    for await (const chunk of chunks) {
      unzip.push(chunk);
      if (failure) break;
    }
    if (!failure) unzip.push(new Uint8Array(0), true);
  } catch (error) {
    cleanUp(null);
    // network failures and time-outs while reading the body are retried
    if (!(error instanceof Error) || error instanceof TypeError || /^(Abort|Timeout)Error$/.test(error.name))
      throw error;
    throw new GenesisDownloadError(url, `the ZIP answer cannot be read (${error.message})`);
  }
  if (failure) {
    cleanUp(null);
    throw new GenesisDownloadError(url, `the ZIP answer cannot be read (${(failure as Error).message})`);
  }
  const flat = members.filter((m) => /_flat\.csv$/i.test(m.name));
  const chosen = members.length === 1 ? members[0] : flat.length === 1 ? flat[0] : undefined;
  if (!chosen) {
    cleanUp(null);
    const names = members.map((m) => m.name).join(', ') || 'none';
    throw new GenesisDownloadError(
      url,
      `the ZIP answer should hold one CSV file (a *_flat.csv), but holds: ${names}`,
    );
  }
  cleanUp(chosen.file);
  return { file: chosen.file, member: chosen.name, bytes: chosen.bytes, sha256: chosen.hash.digest('hex') };
}

/** The message of a GENESIS JSON answer ({ Status: { Code, Content } } or { Code, Content }). */
function genesisMessage(text: string): string {
  try {
    const json = JSON.parse(text) as {
      Status?: { Code?: unknown; Content?: unknown };
      Code?: unknown;
      Content?: unknown;
    };
    const status = json.Status ?? json;
    if (status.Content !== undefined)
      return `the service answered with code ${String(status.Code)}: ${String(status.Content)}`;
  } catch {
    // not JSON after all
  }
  return `the service answered with a message instead of a table: ${text.slice(0, 300)}`;
}

function retryAfter(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Math.min(Number(header) * 1000, 60_000);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
