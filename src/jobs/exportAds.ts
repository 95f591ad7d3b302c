// `jobs export`: one CSV row per ad (ad_id, ags, ai_skill, evidence), written to a temporary file, then renamed.
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { once } from 'node:events';
import type { Store } from '../store/index.js';
import { parseEvidence } from './classifyAds.js';
import { JOB_CLASSIFIER_VERSION } from './classify/index.js';
import { adsAfter, type StoredAdRow } from './store/ads.js';

export const EXPORT_COLUMNS = ['ad_id', 'ags', 'ai_skill', 'evidence'] as const;

/** Ads not classified by the current classifier: the export needs `jobs classify` first. */
export class NotClassifiedError extends Error {
  constructor(readonly count: number) {
    super(
      `${count} ad${count === 1 ? ' is' : 's are'} not classified by the current classifier (${JOB_CLASSIFIER_VERSION}); ` +
        'run `digitalindex jobs classify` first',
    );
    this.name = 'NotClassifiedError';
  }
}

export interface ExportReport {
  out: string;
  rows: number;
  aiSkill: number;
  unassigned: number;
  /** Re-posts of another ad, left out (each ad once). */
  duplicates: number;
}

/**
 * Writes every ad that is not a re-post of another, in id order: `ags` empty when the ad has no municipality,
 * `ai_skill` 1 or 0, `evidence` the matched terms with their snippets (`term: „…snippet…“`, joined by ` | `).
 * Cells that a spreadsheet would take for a formula (starting with = + - @, tab or CR) get a leading `'`.
 */
export async function exportAds(store: Store, out: string): Promise<ExportReport> {
  mkdirSync(dirname(out), { recursive: true });
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
  const stream = createWriteStream(temporary, 'utf8');
  const report: ExportReport = { out, rows: 0, aiSkill: 0, unassigned: 0, duplicates: 0 };
  let unclassified = 0;
  try {
    await write(stream, EXPORT_COLUMNS.join(',') + '\r\n');
    let after: string | null = null;
    for (;;) {
      const page: StoredAdRow[] = await adsAfter(store.db, after, 2000);
      if (page.length === 0) break;
      after = page.at(-1)!.id;
      const lines: string[] = [];
      for (const ad of page) {
        if (ad.duplicate_of !== null) {
          report.duplicates++;
          continue;
        }
        if (ad.ai_skill === null || ad.classifier_version !== JOB_CLASSIFIER_VERSION) {
          unclassified++;
          continue;
        }
        report.rows++;
        if (ad.ai_skill === 1) report.aiSkill++;
        if (ad.ags === null) report.unassigned++;
        lines.push(csvRow([ad.id, ad.ags ?? '', String(ad.ai_skill), evidenceText(ad.evidence)]));
      }
      if (unclassified === 0 && lines.length > 0) await write(stream, lines.join(''));
    }
    stream.end();
    await once(stream, 'close');
    if (unclassified > 0) throw new NotClassifiedError(unclassified);
    renameSync(temporary, out);
    return report;
  } catch (error) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function evidenceText(stored: string | null): string {
  return parseEvidence(stored)
    .map((e) => `${e.term}: „${e.snippet.replace(/\s+/g, ' ').trim()}“`)
    .join(' | ');
}

/** One CSV row (RFC 4180 quoting), every cell neutralised against formula injection. */
export function csvRow(cells: readonly string[]): string {
  return cells.map((c) => quote(neutralise(c))).join(',') + '\r\n';
}

export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
