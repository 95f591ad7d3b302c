// Writes one CSV row per firm: crawl status, pages, scores, affinity flags, start-up flag and evidence.
import type { StoredFirm } from './firmStore.js';
import { isDigitalStartup, STARTUP_MAX_AGE_YEARS } from './startup.js';

export const EXPORT_COLUMNS = [
  'firm_id',
  'ags',
  'url',
  'status',
  'pages',
  'digital_score',
  'ai_score',
  'digital_affine',
  'ai_affine',
  'founded',
  'startup',
  'final_url',
  'classifier_version',
  'evidence',
] as const;

export interface ExportOptions {
  /** The year start-ups are counted for. */
  referenceYear: number;
  startupMaxAge?: number;
}

/** A firm is classified when its classification is stored and at least one page was read. */
export function isClassified(firm: StoredFirm): boolean {
  return firm.classifierVersion !== null && firm.pages > 0;
}

/**
 * The CSV text (UTF-8, comma-separated, `\n` line ends). Flags are 1 or 0, empty for a firm not
 * classified; `founded` is the list's year, else the site's. `evidence` is a JSON array of
 * `{ kind, term, url, snippet }`. A text cell starting with `=`, `+`, `-`, `@`, tab or carriage return is
 * prefixed with `'` so that spreadsheets do not run it as a formula.
 */
export function firmsCsv(firms: readonly StoredFirm[], options: ExportOptions): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const firm of firms) {
    const classified = isClassified(firm);
    const flag = (value: boolean | null) => (classified && value !== null ? (value ? 1 : 0) : null);
    const row: Record<(typeof EXPORT_COLUMNS)[number], string | number | null> = {
      firm_id: text(firm.firmId),
      ags: text(firm.ags),
      url: text(firm.url),
      status: firm.status,
      pages: firm.pages,
      digital_score: classified ? firm.digitalScore : null,
      ai_score: classified ? firm.aiScore : null,
      digital_affine: flag(firm.digitalAffine),
      ai_affine: flag(firm.aiAffine),
      founded: firm.founded ?? firm.foundedFromSite,
      startup: classified
        ? isDigitalStartup(firm, options.referenceYear, options.startupMaxAge ?? STARTUP_MAX_AGE_YEARS)
          ? 1
          : 0
        : null,
      final_url: text(firm.finalUrl),
      classifier_version: text(firm.classifierVersion),
      evidence: classified && firm.evidence.length > 0 ? text(JSON.stringify(firm.evidence)) : null,
    };
    lines.push(EXPORT_COLUMNS.map((c) => cell(row[c])).join(','));
  }
  return lines.join('\n') + '\n';
}

/** Text from the firm list or the web: neutralised against formula injection. */
export function text(value: string | null): string | null {
  if (value === null) return null;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  const t = String(value);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}
