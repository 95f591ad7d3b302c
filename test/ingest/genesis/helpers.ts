// Shared by the GENESIS reader tests: fixture paths, collecting a table's observations, temporary files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawObservation, SourceTable } from '../../../src/ingest/readers/types.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures-genesis/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export async function collect(table: SourceTable): Promise<RawObservation[]> {
  const all: RawObservation[] = [];
  for await (const o of table.observations) all.push(o);
  return all;
}

/** Writes bytes or text into a fresh temporary directory and returns the path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'genesis-test-')), name);
  writeFileSync(file, content);
  return file;
}

export async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}
