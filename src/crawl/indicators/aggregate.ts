// Counts per municipality from the classified firms (pure): listed, with website, crawled, classified, digital, AI, start-ups.
import { isDigitalStartup, STARTUP_MAX_AGE_YEARS, type StartupFacts } from '../firms/startup.js';
import { FINISHED_STATUSES, type FirmStatus } from '../firms/types.js';

/** What the aggregation needs of a firm. */
export interface FirmFacts extends StartupFacts {
  ags: string;
  hasWebsite: boolean;
  status: FirmStatus;
  /** Classification stored and at least one page read. */
  classified: boolean;
  aiAffine: boolean | null;
}

export interface CrawlCounts {
  listed: number;
  withWebsite: number;
  /** Firms whose crawl finished (done, moved, failed, robots_disallowed). */
  crawled: number;
  classified: number;
  digitalAffine: number;
  aiAffine: number;
  digitalStartups: number;
}

export interface CrawlAggregate {
  /** Counts per AGS of the unit set, for every unit with at least one listed firm; sorted by AGS. */
  units: Map<string, CrawlCounts>;
  /** Firms whose AGS is not a unit of the unit set (not counted anywhere). */
  outside: number;
}

export function emptyCounts(): CrawlCounts {
  return {
    listed: 0,
    withWebsite: 0,
    crawled: 0,
    classified: 0,
    digitalAffine: 0,
    aiAffine: 0,
    digitalStartups: 0,
  };
}

/**
 * Counts the firms of each unit. Affinity and start-ups count among the classified firms only; a start-up
 * is digital-affine and founded at most `maxAge` years before `referenceYear` (see firms/startup.ts).
 */
export function aggregateCrawl(
  firms: Iterable<FirmFacts>,
  unitCodes: Iterable<string>,
  referenceYear: number,
  maxAge = STARTUP_MAX_AGE_YEARS,
): CrawlAggregate {
  const known = new Set(unitCodes);
  const counts = new Map<string, CrawlCounts>();
  let outside = 0;
  for (const firm of firms) {
    if (!known.has(firm.ags)) {
      outside++;
      continue;
    }
    let c = counts.get(firm.ags);
    if (!c) counts.set(firm.ags, (c = emptyCounts()));
    c.listed++;
    if (firm.hasWebsite) c.withWebsite++;
    if (FINISHED_STATUSES.includes(firm.status)) c.crawled++;
    if (!firm.classified) continue;
    c.classified++;
    if (firm.digitalAffine === true) c.digitalAffine++;
    if (firm.aiAffine === true) c.aiAffine++;
    if (isDigitalStartup(firm, referenceYear, maxAge)) c.digitalStartups++;
  }
  const units = new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { units, outside };
}
