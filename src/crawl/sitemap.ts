// Reads sitemap.xml (a URL set or a sitemap index, plain or gzipped) into page URLs and nested sitemap URLs.
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface SitemapContent {
  pages: string[];
  sitemaps: string[];
}

/** At most this many <loc> entries are read from one sitemap. */
export const MAX_SITEMAP_ENTRIES = 5000;

export function parseSitemap(xml: string): SitemapContent {
  const pages: string[] = [];
  const sitemaps: string[] = [];
  const stack: string[] = [];
  let loc = '';
  const parser = new Parser(
    {
      onopentag: (name) => {
        stack.push(name.replace(/^.*:/, ''));
        if (stack.at(-1) === 'loc') loc = '';
      },
      ontext: (text) => {
        if (stack.at(-1) === 'loc') loc += text;
      },
      onclosetag: () => {
        const name = stack.pop();
        if (name !== 'loc') return;
        const parent = stack.at(-1);
        const value = loc.trim();
        if (value === '' || pages.length + sitemaps.length >= MAX_SITEMAP_ENTRIES) return;
        if (parent === 'sitemap') sitemaps.push(value);
        else if (parent === 'url') pages.push(value);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return { pages, sitemaps };
}

/**
 * The text of a fetched sitemap: gzipped files (`sitemap.xml.gz`, recognised by their magic bytes, whatever the
 * server calls them) are unpacked up to `maxBytes`; a larger or broken one gives null (skipped, like a 404).
 */
export function sitemapText(body: Buffer, maxBytes: number): string | null {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body.toString('utf8');
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    return null;
  }
}
