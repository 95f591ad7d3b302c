// The throwing form of key normalisation, for files where every key must be a known municipality.
import { IngestError } from '../errors.js';
import { normaliseRegionKey } from './normaliseRegionKey.js';
import type { RegionMaster } from './regionMaster.js';

export function requireRegionKey(
  text: string,
  master: RegionMaster | undefined,
  where: { file: string; line: number | null; field: string | null },
): string {
  const result = normaliseRegionKey(text, master);
  if (!result.ok) throw new IngestError(where.file, where.line, where.field, result.reason);
  return result.ags;
}
