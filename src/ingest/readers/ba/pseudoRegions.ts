// Tells real regions from the BA's pseudo-regions (Übrige Kreise, xx keys), foreign countries and totals.

export type BaRegionClass = 'region' | 'pseudo-region' | 'foreign' | 'total';

/**
 * `total`: a key of zeros, "… insgesamt", "Deutschland"/"Bundesgebiet"; `pseudo-region`: a key with `xx`
 * ("010xx"), "Übrige Kreise (Regierungsbezirk)", "Sonstige", "Unbekannt", "keine Zuordnung möglich";
 * `foreign`: a country code of letters ("PL", "F", "USA") or "Ausland"; `region`: a key of digits.
 */
export function classifyBaRegion(key: string, label: string | null): BaRegionClass {
  const k = key.trim();
  const l = (label ?? '').trim();
  if (/^0+$/.test(k) || /insgesamt$|^deutschland$|^bundesgebiet/i.test(l)) return 'total';
  if (/x/i.test(k) && /\d/.test(k)) return 'pseudo-region';
  if (/^(übrige|sonstige|unbekannt|ohne angabe|keine zuordnung)/i.test(l)) return 'pseudo-region';
  if (/^ausland/i.test(l) || /^[A-Z]{1,3}$/.test(k)) return 'foreign';
  return /^\d+$/.test(k) ? 'region' : 'pseudo-region';
}

export function describeClass(cls: Exclude<BaRegionClass, 'region'>): string {
  switch (cls) {
    case 'pseudo-region':
      return 'pseudo-region (Übrige …, xx key)';
    case 'foreign':
      return 'foreign country';
    case 'total':
      return 'total, not a region';
  }
}
