// Writes the fresh set of hand-written job ads (round 3): `npx tsx data/eval/generator/fresh.ts` (byte-reproducible).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardRecords, type BoardAd, type BoardRecord } from './board-ads/ad.js';
import { toJsonl } from './generate.js';
import { FRESH_HARD_NEGATIVES } from './fresh-ads/hard-negatives.js';
import { FRESH_ORDINARY } from './fresh-ads/ordinary.js';
import { FRESH_POSITIVES } from './fresh-ads/positives.js';

/** Seed of the shuffle that interleaves the ads (written grouped by kind) before ids are given. */
export const FRESH_SHUFFLE_SEED = 20261201;
export const FRESH_FILE = 'fresh.jsonl';

export type FreshRecord = BoardRecord<'handwritten-fresh'>;

export const FRESH_ADS: readonly BoardAd[] = [...FRESH_POSITIVES, ...FRESH_HARD_NEGATIVES, ...FRESH_ORDINARY];

/** All ads as records: shuffled by a seeded Fisher–Yates, then numbered fr-0001, fr-0002, … */
export function buildFreshAds(): FreshRecord[] {
  return boardRecords(FRESH_ADS, { seed: FRESH_SHUFFLE_SEED, prefix: 'fr', source: 'handwritten-fresh' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'job-ads-fresh');
  mkdirSync(dir, { recursive: true });
  const records = buildFreshAds();
  writeFileSync(join(dir, FRESH_FILE), toJsonl(records));
  process.stdout.write(`${dir}: ${records.length} fresh ads\n`);
}
