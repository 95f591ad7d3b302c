// geodata: turns the key attribute of a boundary feature into an 8-digit AGS.

/**
 * Normalises a municipality key as boundary files write it: an 8-digit AGS (`05913000`); the same with its
 * leading zero lost to a number column (`5913000`, `5913000.0`); a 12-digit ARS (`059130000000`: Land,
 * Regierungsbezirk and Kreis, then the Gemeindeverband, then the Gemeinde → `05913` + `000`), also without its
 * leading zero; or the 5-digit key of an independent city (`05913` → `05913000`). Returns null for anything
 * else, with the reason left to the caller.
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
  if (!/^\d+$/.test(text)) return null;
  switch (text.length) {
    case 8:
      return text;
    case 7:
      return `0${text}`;
    case 12:
      return `${text.slice(0, 5)}${text.slice(9)}`;
    case 11:
      return `0${text.slice(0, 4)}${text.slice(8)}`;
    case 5:
      return `${text}000`;
    default:
      return null;
  }
}
