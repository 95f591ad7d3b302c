// crawl/indicators: the crawl's indicator values per municipality (digital-affine, AI-affine, start-ups) and its coverage.
export {
  aggregateCrawl,
  emptyCounts,
  type CrawlAggregate,
  type CrawlCounts,
  type FirmFacts,
} from './aggregate.js';
export {
  storeCrawlIndicators,
  CrawlIndicatorConflictError,
  type CrawlIndicatorsReport,
  type CrawlIndicatorsRequest,
} from './storeCrawlIndicators.js';
export { listCoverage, type CoverageRow } from './coverageStore.js';
export { CRAWL_VARIABLES, CRAWL_VARIABLE_CODES, CRAWL_PUBLISHER, crawlSourceId } from './variables.js';
