// Test helpers for the table readers: temporary files and collecting observations.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawObservation } from '../../../src/ingest/readers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'digitalindex-tables-'));

/** Writes a file into a fresh temporary folder (text as UTF-8, or bytes as given). */
export function tempFile(name: string, contents: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, contents);
  return file;
}

export async function collect(observations: AsyncIterable<RawObservation>): Promise<RawObservation[]> {
  const out: RawObservation[] = [];
  for await (const o of observations) out.push(o);
  return out;
}

/** region key → variable → value, for compact assertions. */
export function table(
  observations: readonly RawObservation[],
): Record<string, Record<string, number | string | null>> {
  const out: Record<string, Record<string, number | string | null>> = {};
  for (const o of observations) {
    (out[o.regionKey] ??= {})[o.variable] =
      o.value ?? (o.missingReason === null ? null : `(${o.missingReason})`);
  }
  return out;
}

export const FIXTURES = new URL('../../fixtures-tables/', import.meta.url).pathname;
export { REAL_INPUTS as REAL } from '../reference.js';
