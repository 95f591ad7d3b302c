// Firm website URLs: the normal form stored and crawled, and the key that tells two entries are the same site.

export type UrlResult = { ok: true; url: string; siteKey: string } | { ok: false; reason: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Normalises a website as a firm list writes it: blanks trimmed, `http://` added when the scheme is
 * missing, host lower-case (IDN as punycode), default port dropped, an empty path written `/`, the
 * fragment dropped. `www.` is kept as given. Only http and https are websites; user names, passwords,
 * e-mail addresses and hosts without a top-level domain are refused (IP addresses and `localhost` pass,
 * for intranets and tests). Normalising a normalised URL gives it back unchanged.
 */
export function normaliseFirmUrl(text: string): UrlResult {
  const given = text.trim();
  if (given === '') return { ok: false, reason: 'empty URL' };
  if (/\s/.test(given)) return { ok: false, reason: `"${given}" contains blanks` };
  const scheme = SCHEME.exec(given)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, reason: `"${given}" has the scheme ${scheme}:, not http or https` };
  }
  if (scheme === undefined && given.includes('@') && !given.includes('/')) {
    return { ok: false, reason: `"${given}" is an e-mail address, not a website` };
  }
  let parsed: URL;
  try {
    parsed = new URL(scheme === undefined ? `http://${given.replace(/^\/\//, '')}` : given);
  } catch {
    return { ok: false, reason: `"${given}" is not a valid URL` };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, reason: `"${given}" contains a user name or password` };
  }
  const hostProblem = checkHost(parsed.hostname);
  if (hostProblem) return { ok: false, reason: `"${given}": ${hostProblem}` };
  parsed.hash = '';
  const url = parsed.href;
  return { ok: true, url, siteKey: siteKeyOf(parsed) };
}

function checkHost(host: string): string | null {
  if (host === '') return 'no host name';
  if (host === 'localhost' || IPV4.test(host) || host.startsWith('[')) return null;
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2) return `host "${host}" has no top-level domain`;
  if (!labels.every((l) => LABEL.test(l))) return `host "${host}" is not a valid host name`;
  if (!TLD.test(labels[labels.length - 1]!)) return `host "${host}" has no valid top-level domain`;
  return null;
}

/** Host without a leading `www.` and trailing dot, port when not the default, path without trailing slash, query. */
function siteKeyOf(url: URL): string {
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${url.search}`;
}
