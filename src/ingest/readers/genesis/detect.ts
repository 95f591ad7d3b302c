// Recognises the GENESIS file formats from the first bytes of a file.
import { decodeSample } from '../decode.js';

/**
 * - `genesis-classic`: the table as shown online ("GENESIS-Tabelle: <code>", title lines, header rows, data, footer);
 * - `genesis-ffcsv`: the flat file, one value per row (`statistics_code;…;value;value_unit;value_variable_code;…`);
 * - `genesis-flat-old`: the older flat file (`Zeit;1_Merkmal_Code;…;1_Auspraegung_Code;…;CODE__Label__Unit`);
 * - `genesis-cube`: the cube (data/cubefile) export with `K;`/`D;` record blocks.
 */
export type GenesisFormat = 'genesis-classic' | 'genesis-ffcsv' | 'genesis-flat-old' | 'genesis-cube';

/** The format of a file from its first bytes (a few kilobytes suffice), or null when it is none of them. */
export function detectGenesisFormat(firstBytes: Uint8Array): GenesisFormat | null {
  const lines = decodeSample(firstBytes.subarray(0, 64 * 1024))
    .split('\n', 20)
    .map((l) => l.replace(/\r$/, ''));
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return null;
  if (/^"?GENESIS-Tabelle:/.test(first)) return 'genesis-classic';
  const header = first.split(';').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (header.includes('value_variable_code') && header.includes('statistics_code')) return 'genesis-ffcsv';
  if (header.includes('value') && header.some((c) => /^\d+_variable_code$/.test(c))) return 'genesis-ffcsv';
  if (header.includes('Zeit') && header.some((c) => /^\d+_Auspraegung_Code$/.test(c)))
    return 'genesis-flat-old';
  const records = lines.filter((l) => !l.startsWith('*') && l.trim() !== '');
  if (records[0]?.startsWith('K;DQ;') && records.slice(1).some((l) => l.startsWith('D;')))
    return 'genesis-cube';
  return null;
}
