// geodata: turns the key attribute of a boundary feature into an 8-digit AGS.
import { parseRegionKey, type RegionMaster } from '../ingest/keys/index.js';

/** A boundary file's 5-digit key is an independent city's (a district's own polygon is not a municipality). */
const EVERY_DISTRICT_A_CITY: Pick<RegionMaster, 'independentCities'> = {
  independentCities: new (class extends Set<string> {
    override has(): boolean {
      return true;
    }
  })(),
};

/**
 * Normalises a municipality key as boundary files write it: an 8-digit AGS (`05913000`); the same with its
 * leading zero lost to a number column (`5913000`, `5913000.0`); a 12-digit ARS (`059130000000`: Land,
 * Regierungsbezirk and Kreis, then the Gemeindeverband, then the Gemeinde → `05913` + `000`), also without its
 * leading zero; or the 5-digit key of an independent city (`05913` → `05913000`). Returns null for anything
 * else, with the reason left to the caller. The key rules are the importer's (`parseRegionKey`).
 */
export function normaliseAgs(value: unknown): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim().replace(/\.0+$/, '');
  } else {
    return null;
  }
  const key = parseRegionKey(text, EVERY_DISTRICT_A_CITY);
  return key.ok ? key.ags : null;
}
