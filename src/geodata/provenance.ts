// geodata: the source record a boundary import registers (publisher, licence, file name and hash).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Source } from '../model/index.js';
import type { BoundarySource } from './types.js';

/** BKG's attribution for VG250 and its licence, used for files that look like VG250 and state none. */
export const BKG_PUBLISHER = '© GeoBasis-DE / BKG';
export const BKG_LICENCE = 'dl-de/by-2-0 (Datenlizenz Deutschland – Namensnennung – Version 2.0)';

export interface ProvenanceOptions {
  sourceId?: string;
  publisher?: string;
  licence?: string;
}

/**
 * The source of a boundary file: flags first, then what the file states (GeoJSON `source`, `license`), then
 * BKG's attribution for files named like VG250; the id defaults to `geodata-<file name without extension>`.
 */
export async function boundaryProvenance(
  source: BoundarySource,
  options: ProvenanceOptions,
): Promise<Source> {
  const looksVg250 = /vg250/i.test(`${basename(source.file)} ${source.layer ?? ''}`);
  const stem = basename(source.file, extname(source.file));
  return {
    id:
      options.sourceId ??
      `geodata-${stem
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
    publisher:
      options.publisher ??
      source.attribution.publisher ??
      (looksVg250 ? BKG_PUBLISHER : 'unknown (the file names no publisher; give --publisher)'),
    table: source.layer,
    title: `Boundaries (${source.format}${source.layer ? `, layer ${source.layer}` : ''})`,
    licence: options.licence ?? source.attribution.licence ?? (looksVg250 ? BKG_LICENCE : null),
    retrieved: null,
    fileName: basename(source.file),
    fileHash: await hashFiles(source.files),
  };
}

/** SHA-256 (hex) of one file; of several (a shapefile's parts), SHA-256 over their names and hashes. */
export async function hashFiles(files: readonly string[]): Promise<string> {
  const hashes = await Promise.all(files.map(hashFile));
  if (hashes.length === 1) return hashes[0]!;
  const combined = createHash('sha256');
  files.forEach((f, i) => combined.update(`${basename(f)}:${hashes[i]}\n`));
  return combined.digest('hex');
}

function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
