// crawl: the firm-site crawler — frontier, politeness (robots.txt, delays, back-off), scope and traps, SSRF guard,
// text extraction, state in the database; firms/, classify/ and indicators/ hold the firm list, classifiers and indicators.
export { runCrawl, startCrawl, type CrawlHandle, type CrawlRun } from './crawler.js';
export {
  DEFAULT_CRAWL_OPTIONS,
  DEFAULT_CONTACT,
  userAgentWithContact,
  type CrawlOptions,
} from './options.js';
export type { CrawlEvents } from './context.js';
export { CrawlError, isRetryable, type FetchErrorKind } from './errors.js';
export { registerSites, leaseSite, LEASE_TTL_MS } from './state/sites.js';
export { crawlStatus, type CrawlStatus } from './status.js';
