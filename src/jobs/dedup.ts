// Which ads are the same ad: the same id, or a re-post (same normalised title, employer and town, near in time).
import { createHash } from 'node:crypto';
import type { JobAd } from './types.js';
import { blankPunctuation, foldGermanSpelling } from '../model/spelling.js';

/** Ads with the same key count once when their dates are at most this many days apart (default). */
export const DEFAULT_DUPLICATE_DAYS = 30;

/** Gender markers job titles carry in every spelling: (m/w/d), (w/m/d), m/f/d, (all genders), (gn). */
const GENDER_MARKERS =
  /\(?\b(?:[mwfd]\s*\/\s*){1,3}[mwfdx]\b\)?|\(\s*(?:all genders?|gn\*?|alle)\s*\)|\*in\b|\/-?in\b/g;

/** Lower case, umlauts spelled out, gender markers and punctuation dropped, spaces collapsed. */
export function normaliseAdText(text: string): string {
  return blankPunctuation(foldGermanSpelling(text).replace(GENDER_MARKERS, ' '));
}

/**
 * The key under which re-posts of an ad meet: a hash of the normalised title, the normalised employer and the
 * place — the municipality the ad was assigned to when it has one (boards write the town differently:
 * "Essen-Rüttenscheid", "Essen"), else the normalised town, else the postcode. Null when title or employer
 * normalise to nothing: such ads are told apart by their ids only.
 */
export function duplicateKey(
  ad: Pick<JobAd, 'title' | 'employer' | 'town' | 'postcode'>,
  municipality: string | null = null,
): string | null {
  const title = normaliseAdText(ad.title);
  const employer = normaliseAdText(ad.employer);
  if (title === '' || employer === '') return null;
  const place = municipality ? `ags ${municipality}` : normaliseAdText(ad.town ?? '') || (ad.postcode ?? '');
  return createHash('sha256')
    .update(`${title}\u0000${employer}\u0000${place}`)
    .digest('base64url')
    .slice(0, 22);
}

/** Whole days between two YYYY-MM-DD dates, either order. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** A stored or earlier ad with the same duplicate key. */
export interface KeyedAd {
  id: string;
  date: string;
}

/** The first of `candidates` (same key, not themselves duplicates) posted within `days` of `date`, if any. */
export function originalOf(date: string, candidates: readonly KeyedAd[], days: number): KeyedAd | undefined {
  return candidates.find((c) => daysApart(c.date, date) <= days);
}
