// One HTTP request with undici (no redirects followed here): SSRF guard, time-out, byte limit, streamed body.
import { Agent, request } from 'undici';
import { classifyNetworkError, type FetchErrorKind } from '../errors.js';
import { checkLiteralHost, isPublicAddress, lookupAllowed } from './ssrf.js';

export interface FetcherOptions {
  userAgent: string;
  /** Whole request (connect, headers and body) at most this long. */
  timeoutMs: number;
  /** Connections per origin (politeness: 1 by default). */
  connectionsPerOrigin: number;
  /** Allow loopback, private and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
  /** Which resolved addresses may be connected to unless `allowPrivate` (default: public unicast only). */
  isAllowedAddress?: (address: string) => boolean;
}

export interface FetchedHead {
  status: number;
  headers: Record<string, string | undefined>;
  /** performance.now() when the response headers arrived (the server had the request by then). */
  receivedAt: number;
  /** Reads the body chunk by chunk up to `maxBytes` (then stops the transfer); `onChunk` returning false stops too. */
  read(
    maxBytes: number,
    onChunk: (chunk: Buffer) => boolean | void,
  ): Promise<{ bytes: number; truncated: boolean }>;
  /** Drops the body without reading it. */
  discard(): void;
}

export type FetchResult =
  { ok: true; head: FetchedHead } | { ok: false; kind: FetchErrorKind; message: string };

/** A fetcher owns one undici Agent (a connection pool per origin); close it when the crawl ends. */
export class Fetcher {
  readonly #agent: Agent;
  readonly #options: FetcherOptions;
  readonly #allowed: (address: string) => boolean;

  constructor(options: FetcherOptions) {
    this.#options = options;
    this.#allowed = options.isAllowedAddress ?? isPublicAddress;
    this.#agent = new Agent({
      connections: Math.max(1, options.connectionsPerOrigin),
      pipelining: 1,
      keepAliveTimeout: 4_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: {
        timeout: Math.min(options.timeoutMs, 10_000),
        ...(options.allowPrivate ? {} : { lookup: lookupAllowed(this.#allowed) }),
      },
    });
  }

  /** GETs `url`; network failures and the SSRF guard come back as `{ ok: false }`, never thrown. */
  async get(url: string, accept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5'): Promise<FetchResult> {
    const target = new URL(url);
    if (!this.#options.allowPrivate) {
      const blocked = checkLiteralHost(target.hostname, this.#allowed);
      if (blocked) return { ok: false, kind: 'blocked_address', message: blocked.message };
    }
    const signal = AbortSignal.timeout(this.#options.timeoutMs);
    try {
      const response = await request(target, {
        method: 'GET',
        dispatcher: this.#agent,
        signal,
        headers: {
          'user-agent': this.#options.userAgent,
          accept,
          'accept-language': 'de,en;q=0.8',
          'accept-encoding': 'identity',
        },
      });
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const body = response.body;
      // Destroying an unread body emits an abort error; it only means we chose not to read on.
      body.on('error', () => undefined);
      const head: FetchedHead = {
        status: response.statusCode,
        headers,
        receivedAt: performance.now(),
        read: async (maxBytes, onChunk) => {
          let bytes = 0;
          let truncated = false;
          try {
            for await (const raw of body) {
              let chunk = raw as Buffer;
              if (bytes + chunk.length > maxBytes) {
                chunk = chunk.subarray(0, maxBytes - bytes);
                truncated = true;
              }
              bytes += chunk.length;
              if (chunk.length > 0 && onChunk(chunk) === false) {
                truncated = true;
                break;
              }
              if (truncated) break;
            }
          } finally {
            if (!body.destroyed) body.destroy();
          }
          return { bytes, truncated };
        },
        discard: () => {
          if (!body.destroyed) body.destroy();
        },
      };
      return { ok: true, head };
    } catch (error) {
      return { ok: false, kind: classifyNetworkError(error), message: (error as Error).message };
    }
  }

  /** Aborts every request in flight (they come back as failures) and closes the connections. */
  abortAll(): void {
    void this.#agent.destroy().catch(() => undefined);
  }

  close(): Promise<void> {
    return this.#agent.destroyed ? Promise.resolve() : this.#agent.close();
  }
}
