// What all site crawls of one process share: fetcher, per-origin gate, robots cache, batch writer, events.
import type { Store } from '../store/store.js';
import { classifyNetworkError, isRetryable, type FetchErrorKind } from './errors.js';
import { Fetcher, type FetchedHead } from './fetch/fetcher.js';
import type { CrawlOptions } from './options.js';
import { OriginGate } from './politeness/gate.js';
import { productToken, ROBOTS_MAX_BYTES, robotsRulesFrom, type RobotsRules } from './politeness/robots.js';
import { BatchWriter } from './state/batchWriter.js';
import { normaliseUrl } from './url/normalise.js';

/** What the crawler reports as it goes (progress bar, tests). */
export interface CrawlEvents {
  request?(info: {
    url: string;
    status: number | null;
    errorKind: FetchErrorKind | null;
    bytes: number;
  }): void;
  page?(info: { firmId: string; url: string; kind: string }): void;
  firmDone?(info: { firmId: string; status: string; pages: number }): void;
}

export class CrawlContext {
  readonly fetcher: Fetcher;
  readonly gate: OriginGate;
  readonly writer: BatchWriter;
  readonly token: string;
  /** Set by `stop()`: site crawls end after their current request, without recording a result. */
  stopped = false;
  readonly #robots = new Map<string, Promise<RobotsRules>>();

  constructor(
    readonly store: Store,
    readonly options: CrawlOptions,
    readonly worker: string,
    readonly events: CrawlEvents = {},
  ) {
    this.fetcher = new Fetcher({
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs,
      connectionsPerOrigin: options.connectionsPerOrigin,
      allowPrivate: options.allowPrivate,
      isAllowedAddress: options.isAllowedAddress,
    });
    this.gate = new OriginGate({ connectionsPerOrigin: options.connectionsPerOrigin });
    this.writer = new BatchWriter(store, {
      maxRecords: options.batchRecords,
      maxDelayMs: options.batchDelayMs,
    });
    this.token = productToken(options.userAgent);
  }

  /** The minimum gap for an origin: the configured delay or its Crawl-delay (capped), whichever is longer. */
  delayFor(rules: RobotsRules | null): number {
    const crawlDelay = Math.min(rules?.crawlDelayMs ?? 0, this.options.maxCrawlDelayMs);
    return Math.max(this.options.delayMs, crawlDelay);
  }

  /** The robots.txt rules of an origin, fetched once per process (concurrent callers share one request). */
  robots(origin: string, firmId: string | null): Promise<RobotsRules> {
    let rules = this.#robots.get(origin);
    if (!rules) {
      rules = this.#fetchRobots(origin, firmId);
      this.#robots.set(origin, rules);
      if (this.#robots.size > 10_000) this.#robots.delete(this.#robots.keys().next().value!);
    }
    return rules;
  }

  async #fetchRobots(origin: string, firmId: string | null): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    let url = robotsUrl;
    // RFC 9309 §2.3.1.2: follow at least five redirects; beyond that, as unreachable.
    let receivedAt = performance.now();
    for (let hop = 0; hop <= 5; hop++) {
      const hopOrigin = new URL(url).origin;
      const answer = await this.request(
        url,
        firmId,
        hopOrigin,
        this.options.delayMs,
        'text/plain,*/*;q=0.5',
        async (head) => {
          receivedAt = head.receivedAt;
          if (head.status >= 300 && head.status < 400 && head.headers.location) {
            head.discard();
            return { status: head.status, body: '', location: head.headers.location };
          }
          if (head.status < 200 || head.status >= 300) {
            head.discard();
            return { status: head.status, body: '', location: undefined };
          }
          const chunks: Buffer[] = [];
          const { bytes } = await head.read(ROBOTS_MAX_BYTES, (c) => void chunks.push(c));
          return {
            status: head.status,
            body: Buffer.concat(chunks, bytes).toString('utf8'),
            location: undefined,
            bytes,
          };
        },
      );
      if (!answer.ok) return robotsRulesFrom(robotsUrl, null, '', this.token);
      const { status, body, location } = answer.value;
      if (location !== undefined) {
        const next = normaliseUrl(location, url);
        if (!next) return robotsRulesFrom(robotsUrl, null, '', this.token);
        url = next;
        continue;
      }
      const rules = robotsRulesFrom(robotsUrl, status, body, this.token);
      // The robots.txt request itself counts: the next request waits for the Crawl-delay after it too.
      this.gate.pauseUntil(new URL(url).origin, receivedAt + this.delayFor(rules));
      return rules;
    }
    return robotsRulesFrom(robotsUrl, null, '', this.token);
  }

  /**
   * One request through the politeness gate of `origin`, logged in the request log. `handle` reads (or
   * discards) the response; its result comes back as `value`. Network failures come back as `kind`.
   */
  async request<T extends { status: number; bytes?: number }>(
    url: string,
    firmId: string | null,
    origin: string,
    delayMs: number,
    accept: string | undefined,
    handle: (head: FetchedHead) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; kind: FetchErrorKind; message: string }> {
    await this.gate.acquire(origin);
    const started = performance.now();
    const at = new Date().toISOString();
    let outcome: { ok: true; value: T } | { ok: false; kind: FetchErrorKind; message: string };
    let anchor: number | undefined;
    try {
      const result = await this.fetcher.get(url, accept);
      if (!result.ok) outcome = result;
      else {
        anchor = result.head.receivedAt;
        try {
          outcome = { ok: true, value: await handle(result.head) };
        } catch (error) {
          result.head.discard();
          outcome = { ok: false, kind: classifyNetworkError(error), message: (error as Error).message };
        }
      }
    } finally {
      this.gate.release(origin, delayMs, anchor);
    }
    const ms = performance.now() - started;
    if (this.stopped) return { ok: false, kind: 'other', message: 'the crawl was stopped' };
    const status = outcome.ok ? outcome.value.status : null;
    const bytes = outcome.ok ? (outcome.value.bytes ?? 0) : 0;
    const errorKind = outcome.ok ? httpErrorKind(outcome.value.status) : outcome.kind;
    this.writer.addRequest({
      firm_id: firmId,
      url,
      http_status: status,
      bytes,
      ms: Math.round(ms * 10) / 10,
      error_kind: errorKind,
      retryable: errorKind === null ? null : isRetryable(errorKind) ? 1 : 0,
      worker: this.worker,
      at,
    });
    this.events.request?.({ url, status, errorKind, bytes });
    return outcome;
  }

  /** Stops the crawl: requests in flight are aborted, nothing more is recorded for them. */
  stop(): void {
    this.stopped = true;
    this.fetcher.abortAll();
  }

  async close(): Promise<void> {
    try {
      await this.writer.flush();
    } finally {
      await this.fetcher.close();
    }
  }
}

/** The error kind of an HTTP status, or null for success and redirects. */
export function httpErrorKind(status: number): FetchErrorKind | null {
  if (status === 429) return 'http_429';
  if (status >= 500) return 'http_5xx';
  if (status >= 400) return 'http_4xx';
  return null;
}
