// Where a static export stores an API response: the same path under the site, with the query folded in.

/**
 * The file (relative to the site root) that holds the response of `GET /<path>?<query>` in a static export:
 * `api/editions` → `api/editions.json`, `api/editions/2025/results?unitSet=regions` →
 * `api/editions/2025/results.regions.json`. Paths that already end in a file extension (downloads) stay as
 * they are. Shared by the exporter and the dashboard, so both agree on the names.
 */
export function staticFileFor(path: string, query: Readonly<Record<string, string>> = {}): string {
  const clean = path.replace(/^\/+/, '');
  if (/\.[a-z]+$/i.test(clean.split('/').pop() ?? '')) return clean;
  const values = Object.keys(query)
    .sort()
    .map((key) => query[key]!.replace(/[^A-Za-z0-9_-]/g, '_'));
  return `${[clean, ...values].join('.')}.json`;
}
