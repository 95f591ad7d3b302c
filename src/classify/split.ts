// Deterministic train/test split of labelled records and the SHA-256 fingerprint that freezes the test part.
import { createHash } from 'node:crypto';

/**
 * Puts a record into the test part when SHA-256(seed + ":" + id), read as a number in [0, 1), is below the
 * test fraction. The assignment depends only on the seed and the record's id, not on order or on other records,
 * so adding records later never moves existing ones between parts.
 */
export function isTestRecord(id: string, seed: string, testFraction: number): boolean {
  if (!(testFraction > 0 && testFraction < 1))
    throw new RangeError('the test fraction must lie between 0 and 1');
  const digest = createHash('sha256').update(`${seed}:${id}`).digest();
  return digest.readUInt32BE(0) / 4294967296 < testFraction;
}

export function splitRecords<T>(
  records: readonly T[],
  idOf: (record: T) => string,
  seed: string,
  testFraction: number,
): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  for (const r of records) (isTestRecord(idOf(r), seed, testFraction) ? test : train).push(r);
  return { train, test };
}

/** The hex SHA-256 of a file's bytes (the frozen test part's fingerprint, written into the README). */
export function sha256Hex(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
