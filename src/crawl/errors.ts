// The crawler's error type and the kinds of failure a request can have, each retryable or fatal.

/** How a request failed; `http_*` kinds come from the status code, the others from the network or our limits. */
export type FetchErrorKind =
  | 'blocked_address'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'tls'
  | 'reset'
  | 'http_4xx'
  | 'http_429'
  | 'http_5xx'
  | 'redirect_loop'
  | 'too_many_redirects'
  | 'bad_redirect'
  | 'offsite_redirect'
  | 'not_html'
  | 'binary'
  | 'robots'
  | 'other';

const RETRYABLE: ReadonlySet<FetchErrorKind> = new Set([
  'dns',
  'connect',
  'timeout',
  'reset',
  'http_429',
  'http_5xx',
]);

/** Whether trying the same request again later may succeed. */
export function isRetryable(kind: FetchErrorKind): boolean {
  return RETRYABLE.has(kind);
}

/** A failure of the crawl as a whole (bad options, unusable input); not a failed page, which is recorded. */
export class CrawlError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'CrawlError';
  }
}

/** Maps an error thrown by undici, the DNS resolver or the TLS layer to a kind. */
export function classifyNetworkError(error: unknown): FetchErrorKind {
  const err = error as { code?: string; name?: string; cause?: unknown } | undefined;
  const code = err?.code ?? '';
  if (code === 'ERR_CRAWL_BLOCKED_ADDRESS') return 'blocked_address';
  if (err?.cause !== undefined && err.cause !== error && code === '') {
    const inner = classifyNetworkError(err.cause);
    if (inner !== 'other') return inner;
  }
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  if (/TIMEOUT/.test(code) || code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_NONAME')
    return 'dns';
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'connect';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    return 'reset';
  }
  if (/CERT|TLS|SSL/.test(code)) return 'tls';
  return 'other';
}
