// Writes the hold-out set of hand-written job ads: `npx tsx data/eval/generator/holdout.ts` (byte-reproducible).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { boardRecords, type BoardAd, type BoardRecord } from './board-ads/ad.js';
import { toJsonl } from './generate.js';
import { HOLDOUT_ORDINARY } from './holdout-ads/ordinary.js';
import { HOLDOUT_OTHER_TRAPS } from './holdout-ads/other-traps.js';
import { HOLDOUT_POSITIVES } from './holdout-ads/positives.js';
import { HOLDOUT_SURROUNDINGS } from './holdout-ads/surroundings.js';

/** Seed of the shuffle that interleaves the ads (written grouped by kind) before ids are given. */
export const HOLDOUT_SHUFFLE_SEED = 20261130;
export const HOLDOUT_FILE = 'holdout.jsonl';

export type HoldoutRecord = BoardRecord<'handwritten-holdout'>;

export const HOLDOUT_ADS: readonly BoardAd[] = [
  ...HOLDOUT_POSITIVES,
  ...HOLDOUT_SURROUNDINGS,
  ...HOLDOUT_OTHER_TRAPS,
  ...HOLDOUT_ORDINARY,
];

/** All ads as records: shuffled by a seeded Fisher–Yates, then numbered ho-0001, ho-0002, … */
export function buildHoldoutAds(): HoldoutRecord[] {
  return boardRecords(HOLDOUT_ADS, {
    seed: HOLDOUT_SHUFFLE_SEED,
    prefix: 'ho',
    source: 'handwritten-holdout',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'job-ads-holdout');
  mkdirSync(dir, { recursive: true });
  const records = buildHoldoutAds();
  writeFileSync(join(dir, HOLDOUT_FILE), toJsonl(records));
  process.stdout.write(`${dir}: ${records.length} hold-out ads\n`);
}
