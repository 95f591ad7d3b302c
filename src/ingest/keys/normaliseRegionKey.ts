// Turns a region key as written in a table (AGS, AGS without its leading zero, district key, ARS) into an 8-digit AGS.
import type { RegionMaster } from './regionMaster.js';

/** How the AGS was obtained from the text. */
export type KeyForm = 'ags' | 'ags-lost-zero' | 'independent-city' | 'ars';

/** Why a key was rejected: not a key at all, a key of another level, or a key the master data does not know. */
export type KeyProblem = 'malformed' | 'other-level' | 'district' | 'unknown';

export type KeyResult =
  { ok: true; ags: string; form: KeyForm } | { ok: false; problem: KeyProblem; reason: string };

/**
 * Normalises a region key to an 8-digit AGS:
 * - 8 digits: the AGS itself;
 * - 7 digits not starting with 0: an AGS a spreadsheet stored as a number (5111000 → 05111000);
 * - 5 digits (or 4 digits that lost the leading zero): the district key of an independent city, mapped to
 *   `XXXXX000` when the master data says that city is kreisfrei;
 * - 12 digits (or 11 that lost the leading zero): an ARS; the AGS is positions 1–5 + 10–12.
 * With master data, the AGS must also be known. Anything else is rejected with the reason.
 * Surrounding blanks, quotes and Excel's `="…"` text wrapper are removed first.
 */
export function normaliseRegionKey(text: string, master?: RegionMaster): KeyResult {
  const result = parseRegionKey(text, master);
  if (!result.ok || master === undefined || master.known.has(result.ags)) return result;
  return reject('unknown', `AGS ${result.ags} (from "${text}") is not in the master data`);
}

/** As normaliseRegionKey, without checking that the AGS is known (a crosswalk may still map it). */
export function parseRegionKey(text: string, master?: Pick<RegionMaster, 'independentCities'>): KeyResult {
  const key = unwrap(text);
  if (!/^\d+$/.test(key)) {
    return reject('malformed', `"${text}" is not a region key (digits only expected)`);
  }
  return byLength(key, text, master);
}

function byLength(
  key: string,
  text: string,
  master: Pick<RegionMaster, 'independentCities'> | undefined,
): KeyResult {
  switch (key.length) {
    case 8:
      return { ok: true, ags: key, form: 'ags' };
    case 7:
      if (key.startsWith('0')) {
        return reject(
          'other-level',
          `"${text}" has 7 digits with a leading zero: a Gemeindeverband key, not an AGS`,
        );
      }
      return { ok: true, ags: `0${key}`, form: 'ags-lost-zero' };
    case 4:
      return key.startsWith('0') ? otherLevel(text, key.length) : district(`0${key}`, text, master);
    case 5:
      return district(key, text, master);
    case 11:
      return key.startsWith('0') ? otherLevel(text, key.length) : ars(`0${key}`);
    case 12:
      return ars(key);
    default:
      return otherLevel(text, key.length);
  }
}

function district(
  key: string,
  text: string,
  master: Pick<RegionMaster, 'independentCities'> | undefined,
): KeyResult {
  const ags = `${key}000`;
  if (master === undefined) {
    return reject(
      'district',
      `"${text}" is a district key; master data is needed to tell an independent city`,
    );
  }
  if (!master.independentCities.has(ags)) {
    return reject(
      'district',
      `"${text}" is a district key and ${ags} is not an independent city (kreisfreie Stadt) in the master data`,
    );
  }
  return { ok: true, ags, form: 'independent-city' };
}

function ars(key: string): KeyResult {
  return { ok: true, ags: key.slice(0, 5) + key.slice(9, 12), form: 'ars' };
}

function otherLevel(text: string, digits: number): KeyResult {
  return reject(
    'other-level',
    `"${text}" has ${digits} digits: expected an 8-digit AGS, a 12-digit ARS or the 5-digit key of an independent city`,
  );
}

function reject(problem: KeyProblem, reason: string): KeyResult {
  return { ok: false, problem, reason };
}

function unwrap(text: string): string {
  let key = text.trim();
  const excel = /^="(.*)"$/.exec(key);
  if (excel) key = excel[1]!;
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1);
  return key.trim();
}
