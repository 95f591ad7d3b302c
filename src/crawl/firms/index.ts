// crawl/firms: the firm list (reading, checking, AGS lookup, URL normalisation), the crawl_firms table, export, purge and the start-up rule.
export { importFirmList, FirmListError, describeInvalid } from './importFirmList.js';
export {
  listFirmsToCrawl,
  markFirmCrawled,
  saveFirmClassification,
  listStoredFirms,
  MAX_SNIPPET_CHARS,
  type FirmToCrawl,
  type StoredFirm,
} from './firmStore.js';
export { normaliseFirmUrl, type UrlResult } from './normaliseUrl.js';
export { firmsCsv, isClassified, EXPORT_COLUMNS } from './exportFirms.js';
export { purgeCrawlText, type PurgeReport } from './purge.js';
export { isDigitalStartup, foundingYear, STARTUP_MAX_AGE_YEARS } from './startup.js';
export {
  FIRM_STATUSES,
  FINISHED_STATUSES,
  type FirmStatus,
  type FirmInput,
  type InvalidRow,
  type DuplicateSite,
  type ImportFirmListOptions,
  type ImportFirmListReport,
} from './types.js';
