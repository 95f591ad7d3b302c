// The variables of the index spec that the crawl delivers (see data/specs/digital-index-ruhr.yaml).

/**
 * `digital_firms`, `ai_firms` (shares in %, denominator `firms_classified`, scale 100) and
 * `digital_startups` (per 10,000 firms, denominator `firms` of the business register) are stored as counts,
 * as every indicator numerator is; `firms_classified` is the crawl's own denominator.
 */
export const CRAWL_VARIABLES = {
  digitalAffine: 'digital_firms',
  aiAffine: 'ai_firms',
  digitalStartups: 'digital_startups',
  classified: 'firms_classified',
} as const;

export const CRAWL_VARIABLE_CODES: readonly string[] = Object.values(CRAWL_VARIABLES);

/** Publisher of the crawl's sources. */
export const CRAWL_PUBLISHER = 'digitalindex crawl';

/** The id of the source of an edition's crawl values (one per edition: re-running replaces it). */
export function crawlSourceId(edition: number): string {
  return `crawl-${edition}`;
}
