// URL normalisation for the frontier: one spelling per page (no fragment, no session ids or click trackers).

/** Query parameters and path parameters that identify a session or a click, never a page. */
const SESSION_PARAMS =
  /^(jsessionid|phpsessid|sessionid|session_id|sid|aspsessionid\w*|cfid|cftoken|zenid|oscsid|s|utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid)$/i;

/**
 * Parses `href` relative to `base` and returns its canonical form, or null when it is not an http(s) URL.
 * Lower-case scheme and host (URL does that), default port dropped, fragment dropped, `;jsessionid=…` path
 * parameters and session/tracking query parameters removed, an empty query removed. Parameter order is kept.
 */
export function normaliseUrl(href: string, base?: string | URL): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  url.hash = '';
  url.pathname = url.pathname.replace(/;(jsessionid|phpsessid|sid|sessionid)=[^/?]*/gi, '');
  if (url.search !== '') {
    const kept = [...url.searchParams].filter(([name]) => !SESSION_PARAMS.test(name));
    url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();
  }
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.href;
}

/** The origin of a URL as RFC 9309 scopes robots.txt: scheme, host and port together. */
export function originOf(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).origin;
}

/** The host without a leading `www.` and the port when it is not the scheme's default. */
export interface SiteKey {
  host: string;
  port: string;
}

export function siteKeyOf(url: string | URL): SiteKey {
  const u = typeof url === 'string' ? new URL(url) : url;
  return { host: u.hostname.replace(/^www\./, ''), port: u.port };
}

/**
 * Whether `url` belongs to the site `site`: the same host (with or without `www.`) or one of its sub-domains,
 * on the same explicit port (http and https on their default ports count as the same site).
 */
export function isSameSite(url: string | URL, site: SiteKey): boolean {
  const key = siteKeyOf(url);
  if (key.port !== site.port) return false;
  return key.host === site.host || key.host.endsWith(`.${site.host}`);
}
