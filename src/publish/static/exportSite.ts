// Writes the dashboard and every GET response of the API as files, so that any static web server can host it.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Hono } from 'hono';
import type { EditionsResponse, ResultsResponse } from '../api/types.js';
import { ANALYSIS_KINDS, DOWNLOAD_FORMATS, DOWNLOAD_TABLES } from '../api/types.js';
import { staticFileFor } from './staticPath.js';

/** A file left in every export, so that exporting again may replace the folder and nothing else. */
export const EXPORT_MARKER = '.digitalindex-static';

/** Marks index.html as a static export: the dashboard then reads `api/….json` files (see web/src/api.ts). */
const STATIC_META = '<meta name="digitalindex-static" content="1" />';

export class ExportError extends Error {
  /** True when the user asked for something impossible (exit 2); false when the installation is incomplete. */
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

export interface ExportRequest {
  path: string;
  query: Record<string, string>;
  /** Left out when the API answers 404 (optional resources: boundaries, analyses not available). */
  optional: boolean;
}

export interface ExportSummary {
  dir: string;
  files: number;
  bytes: number;
  skipped: string[];
}

/** Every GET of the API that the export holds, derived from the API's own answers (editions, unit sets, units). */
export async function exportRequests(app: Hono): Promise<ExportRequest[]> {
  const requests: ExportRequest[] = [];
  const add = (path: string, query: Record<string, string> = {}, optional = false): void => {
    requests.push({ path, query, optional });
  };
  const { editions } = await getJson<EditionsResponse>(app, 'api/editions');
  const unitSets = [...new Set(editions.flatMap((e) => e.unitSets))].sort();
  for (const path of ['api/health', 'api/openapi.json', 'api/editions', 'api/sources']) add(path);
  for (const unitSet of unitSets) {
    add('api/units', { unitSet });
    add('api/geometries', { unitSet }, true);
  }
  // The map without a query: the file name of a path with an extension carries no query (the municipalities).
  for (const { year, unitSets: sets } of editions) {
    const base = `api/editions/${year}`;
    add(`${base}/structure`);
    add(`${base}/methodology`);
    add(`${base}/map.geojson`);
    for (const table of DOWNLOAD_TABLES)
      for (const format of DOWNLOAD_FORMATS) add(`${base}/download/${table}.${format}`, {}, true);
    for (const unitSet of sets) {
      add(`${base}/results`, { unitSet });
      add(`${base}/rank-stats`, { unitSet }, true);
      for (const kind of ANALYSIS_KINDS) add(`${base}/analysis/${kind}`, { unitSet }, true);
      const results = await getJson<ResultsResponse>(app, `${base}/results`, { unitSet });
      for (const row of results.rows) add(`${base}/units/${encodeURIComponent(row.code)}`);
      for (const indicator of results.indicators) add(`${base}/indicators/${indicator}`, { unitSet });
    }
  }
  return requests;
}

/**
 * Writes the site into `dir`: first into a new folder beside it, then swapped in, so a failure leaves the
 * previous export (or nothing) behind. An existing `dir` must be empty or an earlier export.
 */
export async function exportSite(
  app: Hono,
  webDir: string,
  dir: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ExportSummary> {
  const target = checkTarget(webDir, dir);
  mkdirSync(dirname(target), { recursive: true });
  const work = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  try {
    cpSync(webDir, work, { recursive: true });
    for (const page of ['index.html', join('embed', 'index.html')]) {
      const file = join(work, page);
      if (existsSync(file))
        writeFileSync(file, readFileSync(file, 'utf8').replace('<!--static-->', STATIC_META));
    }
    const requests = await exportRequests(app);
    let bytes = 0;
    let files = 0;
    const skipped: string[] = [];
    for (const [i, request] of requests.entries()) {
      const url = urlOf(request.path, request.query);
      const response = await app.request(url);
      if (response.status === 404 && request.optional) {
        skipped.push(url);
      } else if (response.status !== 200) {
        throw new ExportError(`GET ${url} answered ${response.status}: ${await response.text()}`);
      } else {
        const body = new Uint8Array(await response.arrayBuffer());
        const file = join(work, staticFileFor(request.path, request.query));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
        bytes += body.length;
        files++;
      }
      onProgress(i + 1, requests.length);
    }
    writeFileSync(join(work, EXPORT_MARKER), 'digitalindex publish --static\n');
    rmSync(target, { recursive: true, force: true });
    renameSync(work, target);
    return { dir: target, files, bytes, skipped };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** The resolved target folder, when the dashboard is built and the folder may be written; else an ExportError. */
export function checkTarget(webDir: string, dir: string): string {
  const target = resolve(dir);
  if (!existsSync(join(webDir, 'index.html')))
    throw new ExportError(`the dashboard is not built (${webDir}/index.html is missing): run npm run build`);
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, EXPORT_MARKER)))
    throw new ExportError(
      `${target} is not empty and holds no earlier export; choose an empty or new folder`,
      true,
    );
  return target;
}

function urlOf(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `http://localhost/${path}${search ? `?${search}` : ''}`;
}

async function getJson<T>(app: Hono, path: string, query: Record<string, string> = {}): Promise<T> {
  const url = urlOf(path, query);
  const response = await app.request(url);
  if (response.status !== 200)
    throw new ExportError(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
