// Serves the built dashboard (dist/web): content types, long caching of hashed assets, a favicon, SPA fallback.
import { stat, readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { faviconIco } from './favicon.js';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

/** A file name with a content hash (esbuild's `name-HASH.js`, 8 or more characters): cached for a year. */
const HASHED = /[.-][A-Za-z0-9_]{8,}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * GET and HEAD of paths outside /api: a file of `dir` if there is one; `/favicon.ico` from the build or drawn
 * here; a path without an extension (a deep link of the dashboard) gets index.html; anything else 404.
 */
export function staticFiles(dir: string | null): MiddlewareHandler {
  const root = dir === null ? null : resolve(dir);
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      return next();
    }
    const path = decodePath(c.req.path);
    if (path === null) return c.text('Bad request: malformed path', 400);
    if (root !== null) {
      const file = resolve(root, '.' + path);
      if (file === root || file.startsWith(root + sep)) {
        const info = await stat(file).catch(() => null);
        if (info?.isDirectory()) {
          // A folder (e.g. /embed): its index.html, under the URL with a slash so relative links resolve.
          if (!path.endsWith('/')) return c.redirect(`${encodeURI(path)}/${queryOf(c.req.url)}`, 301);
          const index = await sendFile(c, join(file, 'index.html'));
          if (index) return index;
        }
        const served = info?.isFile() ? await sendFile(c, file) : null;
        if (served) return served;
      }
    }
    if (path === '/favicon.ico') {
      return c.body(faviconIco() as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'image/x-icon',
        'cache-control': 'public, max-age=86400',
      });
    }
    if (extname(path) === '' || path.endsWith('.html')) {
      if (root !== null) {
        const index = await nearestIndex(c, root, path);
        if (index) return index;
      }
      return c.html(NOT_BUILT, 200, { 'cache-control': REVALIDATE });
    }
    return c.text('Not found', 404);
  };
}

/** The index.html of the deepest existing folder along the path (embed/index.html for /embed/x), else the root's. */
async function nearestIndex(c: Context, root: string, path: string): Promise<Response | null> {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  for (let n = segments.length - 1; n >= 0; n--) {
    const folder = resolve(root, ...segments.slice(0, n));
    if (folder !== root && !folder.startsWith(root + sep)) continue;
    const index = await sendFile(c, join(folder, 'index.html'));
    if (index) return index;
  }
  return null;
}

function queryOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
}

function decodePath(path: string): string | null {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

async function sendFile(c: Context, file: string): Promise<Response | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const etag = `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
  const headers = {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': HASHED.test(file) ? IMMUTABLE : REVALIDATE,
    etag,
  };
  if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
  const body = await readFile(file);
  return c.body(new Uint8Array(body) as Uint8Array<ArrayBuffer>, 200, headers);
}

/** Shown when the dashboard was not built: no script, no inline style. */
const NOT_BUILT = `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>digitalindex</title><link rel="icon" href="/favicon.ico"></head>
<body>
<main>
<h1>digitalindex</h1>
<p>Das Dashboard ist nicht gebaut (<code>npm run build</code>). Die API läuft: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
<p lang="en">The dashboard is not built (<code>npm run build</code>). The API is running: <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</main>
</body>
</html>
`;
