// The start-up rule: a digital-affine firm founded at most N years (default 5, inclusive) before the reference year.

export const STARTUP_MAX_AGE_YEARS = 5;

export interface StartupFacts {
  digitalAffine: boolean | null;
  /** Founding year from the firm list. */
  founded: number | null;
  /** Founding year the classifier found on the site (imprint, about page). */
  foundedFromSite: number | null;
}

/** The founding year used: the list's, else the site's. */
export function foundingYear(firm: StartupFacts): number | null {
  return firm.founded ?? firm.foundedFromSite;
}

/**
 * Whether the firm is a digital start-up in `referenceYear`: digital-affine, and founded in one of the
 * years `referenceYear - maxAge` … `referenceYear` (with 5: founded 2020–2025 for 2025). A firm founded
 * after the reference year did not exist then; one without a known founding year is not counted.
 */
export function isDigitalStartup(
  firm: StartupFacts,
  referenceYear: number,
  maxAge = STARTUP_MAX_AGE_YEARS,
): boolean {
  if (firm.digitalAffine !== true) return false;
  const year = foundingYear(firm);
  if (year === null) return false;
  return year <= referenceYear && referenceYear - year <= maxAge;
}
