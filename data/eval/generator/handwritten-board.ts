// Writes the hand-written job-board evaluation set: `npx tsx data/eval/generator/handwritten-board.ts` (byte-reproducible).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitRecords } from '../../../src/classify/split.js';
import { boardRecords, type BoardAd } from './board-ads/ad.js';
import { HARD_NEGATIVES_1 } from './board-ads/hard-negatives-1.js';
import { HARD_NEGATIVES_2 } from './board-ads/hard-negatives-2.js';
import { HARD_NEGATIVES_3 } from './board-ads/hard-negatives-3.js';
import { ORDINARY_1 } from './board-ads/ordinary-1.js';
import { ORDINARY_2 } from './board-ads/ordinary-2.js';
import { POSITIVES_1 } from './board-ads/positives-1.js';
import { POSITIVES_2 } from './board-ads/positives-2.js';
import type { JobAdRecord } from './job-ads.js';
import { toJsonl } from './generate.js';

/** Seed of the shuffle that interleaves the ads (written grouped by label) before ids are given. */
export const BOARD_SHUFFLE_SEED = 20261129;
/** The split: the same id-hash split as the other sets, with half of the ads in the test part. Never change. */
export const BOARD_SPLIT_SEED = 'digitalindex-eval-v1';
export const BOARD_TEST_FRACTION = 0.5;

export const BOARD_ADS: readonly BoardAd[] = [
  ...POSITIVES_1,
  ...POSITIVES_2,
  ...HARD_NEGATIVES_1,
  ...HARD_NEGATIVES_2,
  ...HARD_NEGATIVES_3,
  ...ORDINARY_1,
  ...ORDINARY_2,
];

/** All ads as records: shuffled by a seeded Fisher–Yates, then numbered hw-0001, hw-0002, … */
export function buildBoardAds(): JobAdRecord[] {
  return boardRecords(BOARD_ADS, { seed: BOARD_SHUFFLE_SEED, prefix: 'hw', source: 'handwritten' });
}

/** The dev and test parts (dev is for tuning; test is frozen). */
export function splitBoardAds(records: readonly JobAdRecord[]): { dev: JobAdRecord[]; test: JobAdRecord[] } {
  const { train, test } = splitRecords(records, (r) => r.id, BOARD_SPLIT_SEED, BOARD_TEST_FRACTION);
  return { dev: train, test };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'job-ads-handwritten');
  mkdirSync(dir, { recursive: true });
  const { dev, test } = splitBoardAds(buildBoardAds());
  writeFileSync(join(dir, 'dev.jsonl'), toJsonl(dev));
  writeFileSync(join(dir, 'test.jsonl'), toJsonl(test));
  process.stdout.write(`${dir}: ${dev.length} dev, ${test.length} test\n`);
}
