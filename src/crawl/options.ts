// The crawler's settings with their defaults, resolved once by the command line and passed down as plain values.
import { DEFAULT_TRAP_LIMITS, type TrapLimits } from './scope/traps.js';

export interface CrawlOptions {
  /** HTML pages fetched and parsed per site at most. */
  maxPages: number;
  /** Minimum gap between the end of one request and the start of the next to the same origin, in ms. */
  delayMs: number;
  /** Sites crawled at the same time. */
  concurrency: number;
  connectionsPerOrigin: number;
  allowPrivate: boolean;
  /** The address policy without allowPrivate (default: public unicast addresses only); for tests. */
  isAllowedAddress?: (address: string) => boolean;
  userAgent: string;
  timeoutMs: number;
  /** Bytes read of one page at most (the rest is not transferred; the page is marked truncated). */
  maxBytes: number;
  maxRedirects: number;
  /** Crawl-delay above this is capped (a site asking for an hour per page would never finish). */
  maxCrawlDelayMs: number;
  /** Attempts per URL after 429/503/time-outs. */
  maxAttempts: number;
  useSitemap: boolean;
  keepText: boolean;
  traps: TrapLimits;
  /** Commit batch size and period. */
  batchRecords: number;
  batchDelayMs: number;
}

export const DEFAULT_CONTACT = 'https://github.com/digitalindex/digitalindex';

/** The user agent: product token `digitalindex`, version, and a contact address (URL or e-mail). */
export function userAgentWithContact(contact: string): string {
  return `digitalindex/0.1 (+${contact})`;
}

export const DEFAULT_CRAWL_OPTIONS: CrawlOptions = {
  maxPages: 50,
  delayMs: 1000,
  concurrency: 32,
  connectionsPerOrigin: 1,
  allowPrivate: false,
  userAgent: userAgentWithContact(DEFAULT_CONTACT),
  timeoutMs: 15_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  maxCrawlDelayMs: 30_000,
  maxAttempts: 3,
  useSitemap: true,
  keepText: false,
  traps: DEFAULT_TRAP_LIMITS,
  batchRecords: 200,
  batchDelayMs: 500,
};
