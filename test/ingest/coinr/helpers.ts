import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';

export const FIXTURE = 'test/fixtures-coinr';
export const DATA = readFileSync(join(FIXTURE, 'iData.csv'), 'utf8');
export const META = readFileSync(join(FIXTURE, 'iMeta.csv'), 'utf8');

/** Writes an iData and an iMeta text to a fresh directory; returns their paths. */
export function writeTables(data: string, meta: string): { data: string; meta: string } {
  const dir = mkdtempSync(join(tmpdir(), 'coinr-'));
  const files = { data: join(dir, 'iData.csv'), meta: join(dir, 'iMeta.csv') };
  writeFileSync(files.data, data);
  writeFileSync(files.meta, meta);
  return files;
}

/** The text with one exact piece replaced; fails when the piece is not there, so a broken fixture shows. */
export function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

export function ingestErrorOf(run: () => unknown): IngestError {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

/** The 1-based line of the first line of `text` that contains `piece`. */
export function lineOf(text: string, piece: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(piece));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The CSV text without the column `name` (every cell quoted, NA kept bare). */
export function withoutColumn(text: string, name: string): string {
  const rows = parse(text) as string[][];
  const at = rows[0]!.indexOf(name);
  expect(at).toBeGreaterThanOrEqual(0);
  const cell = (c: string) => (c === 'NA' || /^-?[\d.]+$/.test(c) ? c : `"${c}"`);
  return (
    rows
      .map((r) =>
        r
          .filter((_, i) => i !== at)
          .map(cell)
          .join(','),
      )
      .join('\n') + '\n'
  );
}
