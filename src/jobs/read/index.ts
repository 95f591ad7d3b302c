// Opens a file of job ads in whichever format it is (CSV, JSON, JSON Lines, the job-search service's JSON).
import { closeSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { AdFormat, AdRecord } from '../types.js';
import { readCsvAds } from './csv.js';
import { readJobsucheJson, readJsonArrayAds } from './json.js';
import { readJsonLinesAds } from './jsonLines.js';

export interface OpenedAds {
  format: AdFormat;
  records: AsyncIterable<AdRecord>;
}

/**
 * Decides the format from the extension `.jsonl`/`.ndjson` or the first characters: `[` a JSON array of ads;
 * `{` JSON Lines when the first line is a whole object and more lines follow, else a job-search response (a
 * result page or an ad's details); anything else CSV with a header row.
 */
export function openAds(file: string): OpenedAds {
  const head = readHead(file, 64 * 1024).replace(/^\uFEFF/, '');
  const first = head.trimStart()[0];
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') return { format: 'jsonl', records: readJsonLinesAds(file) };
  if (first === '[') return { format: 'json', records: readJsonArrayAds(file) };
  if (first === '{') {
    const lines = head.split('\n').filter((l) => l.trim() !== '');
    return lines.length > 1 && parsesAsObject(lines[0]!)
      ? { format: 'jsonl', records: readJsonLinesAds(file) }
      : { format: 'jobsuche', records: readJobsucheJson(file) };
  }
  return { format: 'csv', records: readCsvAds(file, head.split('\n')[0] ?? '') };
}

function readHead(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function parsesAsObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
