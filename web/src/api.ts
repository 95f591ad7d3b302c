// Reading the API: over HTTP from the server, or from the JSON files of a static export (same names, see staticFileFor).
import { staticFileFor } from '../../src/publish/static/staticPath.js';

/** Set by `digitalindex publish --static` in index.html: the API answers are files. */
const isStatic = document.querySelector('meta[name="digitalindex-static"]') !== null;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The site's root: the folder above the bundle (assets/), so pages in sub-folders (embed/) find the API too. */
export const appRoot = new URL('../', import.meta.url);

/** The URL of an API resource (`path` without the leading `api/`). */
export function apiUrl(path: string, query: Record<string, string> = {}): string {
  if (isStatic) return new URL(staticFileFor(`api/${path}`, query), appRoot).href;
  const search = new URLSearchParams(query).toString();
  return new URL(`api/${path}${search ? `?${search}` : ''}`, appRoot).href;
}

const cache = new Map<string, Promise<unknown>>();

/** GET a JSON resource once per page load; errors carry the API's status and message. */
export function getJson<T>(path: string, query: Record<string, string> = {}): Promise<T> {
  const url = apiUrl(path, query);
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url);
    // A failed request may be retried later (e.g. after a recompute).
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

async function load(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      (body as { error?: { message?: string } } | null)?.error?.message ?? `${response.status} ${url}`;
    throw new ApiError(response.status, message);
  }
  return body;
}
