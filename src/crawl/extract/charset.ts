// Which character encoding a page is in: byte order mark, HTTP charset, <meta charset>, else UTF-8 or Windows-1252.
import iconv from 'iconv-lite';

/** WHATWG maps these labels to windows-1252, a superset of ISO-8859-1 (curly quotes, €, …). */
const LATIN1_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
  'ibm819',
  'iso_8859-1',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

/** Normalises a charset label to a name iconv-lite knows, or null when unknown. */
export function normaliseCharset(label: string | undefined | null): string | null {
  if (!label) return null;
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (name === '') return null;
  if (LATIN1_LABELS.has(name)) return 'windows-1252';
  if (name === 'utf8' || name === 'utf-8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

/** The charset parameter of a Content-Type header. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType ?? '');
  return normaliseCharset(match?.[2]);
}

/** A byte order mark at the start of `head`: the encoding and its length. */
export function sniffBom(head: Buffer): { charset: string; length: number } | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { charset: 'utf-8', length: 3 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/** `<meta charset="…">` or `<meta http-equiv="content-type" content="…; charset=…">` in the first bytes. */
export function sniffMetaCharset(head: Buffer): string | null {
  const text = head.subarray(0, 2048).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(text);
  return normaliseCharset(direct?.[1]);
}

/** Whether `bytes` is valid UTF-8 (a multi-byte sequence cut at the end counts as valid). */
export function looksLikeUtf8(bytes: Buffer): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (extra < 0 || b > 0xf4) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= n) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/**
 * Decides the encoding from the first bytes of the body (≥ 1 KiB when the page has that many) and the HTTP
 * Content-Type: BOM, then the header, then <meta>, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 */
export function detectCharset(
  head: Buffer,
  contentType: string | undefined,
): { charset: string; bomLength: number; from: string } {
  const bom = sniffBom(head);
  if (bom) return { charset: bom.charset, bomLength: bom.length, from: 'bom' };
  const header = charsetFromContentType(contentType);
  if (header) return { charset: header, bomLength: 0, from: 'http' };
  const meta = sniffMetaCharset(head);
  if (meta) return { charset: meta, bomLength: 0, from: 'meta' };
  return { charset: looksLikeUtf8(head) ? 'utf-8' : 'windows-1252', bomLength: 0, from: 'sniffed' };
}

/** Binary content whatever the Content-Type says: NUL bytes or the magic numbers of common binary formats. */
export function looksBinary(head: Buffer): boolean {
  const sample = head.subarray(0, 512);
  const magic = sample.subarray(0, 4).toString('latin1');
  if (magic === '%PDF' || magic === '\x89PNG' || magic.startsWith('GIF8') || magic === 'PK\x03\x04')
    return true;
  if (sample[0] === 0xff && sample[1] === 0xd8 && sample[2] === 0xff) return true;
  if (sample[0] === 0x1f && sample[1] === 0x8b) return true;
  const bom = sniffBom(sample);
  if (bom && bom.charset.startsWith('utf-16')) return false;
  return sample.includes(0);
}
