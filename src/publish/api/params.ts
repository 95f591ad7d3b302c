// Checks of path and query parameters: each bad value becomes a 400 naming the parameter and what is allowed.
import { badRequest } from '../server/httpError.js';
import { DOWNLOAD_FORMATS, DOWNLOAD_TABLES, type DownloadFormat, type DownloadTable } from './types.js';

/** An edition year: 1–4 digits only (a number, never NaN or 2025.5). */
export function parseYear(text: string): number {
  if (!/^\d{1,4}$/.test(text))
    throw badRequest(`edition must be a year such as 2025, not "${shorten(text)}"`);
  return Number(text);
}

export function parseUnitSet(
  text: string | undefined,
  known: readonly string[],
  fallback = 'municipalities',
): string {
  const value = text === undefined || text === '' ? fallback : text;
  if (!known.includes(value)) {
    throw badRequest(`unitSet must be one of ${known.join(', ')}, not "${shorten(value)}"`);
  }
  return value;
}

export function parseDownload(file: string): { table: DownloadTable; format: DownloadFormat } {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  const table = match?.[1] as DownloadTable | undefined;
  const format = match?.[2] as DownloadFormat | undefined;
  if (!table || !format || !DOWNLOAD_TABLES.includes(table) || !DOWNLOAD_FORMATS.includes(format)) {
    throw badRequest(
      `download must be TABLE.FORMAT with TABLE one of ${DOWNLOAD_TABLES.join(', ')} and FORMAT one of ` +
        `${DOWNLOAD_FORMATS.join(', ')}, not "${shorten(file)}"`,
    );
  }
  return { table, format };
}

/** Echoed values are cut short so a hostile parameter cannot fill an error message. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
