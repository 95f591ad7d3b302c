// Turns the key of a district-level row (Kreis or independent city) into its 5-digit district key.
export type DistrictKeyResult = { ok: true; district: string } | { ok: false; reason: string };

/**
 * 5 digits: the district key; 4 digits not starting with 0: one that lost its leading zero (5913 → 05913);
 * 8 digits ending in 000 or 12 digits ending in 0000000: the district written as a municipality or ARS key
 * (05913000, 059130000000). Anything else is rejected with the reason.
 */
export function normaliseDistrictKey(text: string): DistrictKeyResult {
  const key = text
    .trim()
    .replace(/^="(.*)"$/, '$1')
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (/^\d{5}$/.test(key)) return { ok: true, district: key };
  if (/^[1-9]\d{3}$/.test(key)) return { ok: true, district: `0${key}` };
  if (/^\d{5}000$/.test(key)) return { ok: true, district: key.slice(0, 5) };
  if (/^\d{5}0{7}$/.test(key)) return { ok: true, district: key.slice(0, 5) };
  return { ok: false, reason: `"${text}" is not a district key (5 digits expected)` };
}
