// robots.txt per RFC 9309: rules from the answer's status (4xx allow all, 5xx or unreachable disallow all), Crawl-delay, sitemaps.
import { createRequire } from 'node:module';

interface ParsedRobots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}

// robots-parser is CommonJS whose typings declare an ES default export; load it as what it is.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  body: string,
) => ParsedRobots;

export type RobotsVerdict = 'parsed' | 'allow_all' | 'disallow_all';

export interface RobotsRules {
  verdict: RobotsVerdict;
  /** Whether the crawler (by its product token) may fetch `url`. */
  allows(url: string): boolean;
  /** Crawl-delay for our token (or `*`) in ms, or null. */
  crawlDelayMs: number | null;
  sitemaps: string[];
}

/** robots.txt beyond this size is cut (RFC 9309 asks for at least 500 KiB to be parsed). */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * The rules from a robots.txt answer. `status` null means no answer (network error, time-out, too many
 * redirects): treated as a server error, i.e. complete disallow (RFC 9309 §2.3.1.4). `productToken` is the
 * user agent's first word (e.g. `digitalindex`).
 */
export function robotsRulesFrom(
  robotsUrl: string,
  status: number | null,
  body: string,
  productToken: string,
): RobotsRules {
  if (status !== null && status >= 200 && status < 300) {
    const robots = robotsParser(robotsUrl, body);
    const delay = robots.getCrawlDelay(productToken);
    return {
      verdict: 'parsed',
      allows: (url) => robots.isAllowed(url, productToken) !== false,
      crawlDelayMs: delay === undefined || !Number.isFinite(delay) || delay < 0 ? null : delay * 1000,
      sitemaps: robots.getSitemaps(),
    };
  }
  if (status !== null && status >= 400 && status < 500) {
    return { verdict: 'allow_all', allows: () => true, crawlDelayMs: null, sitemaps: [] };
  }
  return { verdict: 'disallow_all', allows: () => false, crawlDelayMs: null, sitemaps: [] };
}

/** The product token of a user agent string: `digitalindex-crawler/0.1 (+…)` → `digitalindex-crawler`. */
export function productToken(userAgent: string): string {
  return (userAgent.split(/[\s/]/)[0] ?? userAgent).toLowerCase();
}
