// jobs: job ads — reading files, the job-board client, municipality assignment, classification runs, export, indicators.
export { importAds, type ImportAdsOptions, type ImportAdsReport } from './importAds.js';
export { fetchJobs, type FetchOptions, type FetchReport } from './fetch/fetchJobs.js';
export { JobsucheClient, DEFAULT_BASE_URL, DEFAULT_API_KEY } from './fetch/client.js';
export { reassignAds, type AssignReport } from './reassign.js';
export { classifyStoredAds, type ClassifyReport } from './classifyAds.js';
export { exportAds, NotClassifiedError, type ExportReport } from './exportAds.js';
export { storeJobIndicators, type IndicatorReport, AI_ADS_VARIABLE, ALL_ADS_VARIABLE } from './indicators.js';
export { assignAd, type Assignment, type AssignmentContext } from './assign/assignAd.js';
export { duplicateKey, normaliseAdText, DEFAULT_DUPLICATE_DAYS } from './dedup.js';
export { openAds } from './read/index.js';
export { AdFileError, JobBoardError } from './errors.js';
export type { JobAd, AdProblem, AdRecord, AdFormat, AssignedBy } from './types.js';
