// The classifier on worker threads gives exactly the verdicts of the classifier in this thread.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { classifyAd } from '../../../src/jobs/classify/index.js';
import {
  ADS_PER_EXTRA_THREAD,
  classifierThreads,
  defaultClassifierThreads,
} from '../../../src/jobs/classify/threads.js';

const evalAds = ['train', 'test'].flatMap((part) =>
  readFileSync(new URL(`../../../data/eval/job-ads/${part}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { title: string; description: string }),
);

describe('classifierThreads', () => {
  it('classifies batches on two threads exactly as classifyAd does, in the order of each batch', async () => {
    const pool = classifierThreads(2);
    try {
      const batches: (typeof evalAds)[] = [];
      for (let i = 0; i < evalAds.length; i += 37) batches.push(evalAds.slice(i, i + 37));
      const verdicts = (await Promise.all(batches.map((b) => pool.classify(b)))).flat();
      expect(verdicts).toEqual(evalAds.map((ad) => classifyAd(ad)));
      expect(verdicts.some((v) => v.aiSkill)).toBe(true);
      expect(verdicts.some((v) => !v.aiSkill)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed, and a thread count that is not a whole number ≥ 1', async () => {
    const pool = classifierThreads(1);
    await pool.close();
    await expect(pool.classify([{ title: 'KI-Entwickler', description: '' }])).rejects.toThrow(/closed/);
    expect(() => classifierThreads(0)).toThrow(RangeError);
    expect(() => classifierThreads(1.5)).toThrow(RangeError);
  });

  it('starts threads only when there is enough to classify', () => {
    expect(defaultClassifierThreads(0)).toBe(0);
    expect(defaultClassifierThreads(ADS_PER_EXTRA_THREAD - 1)).toBe(0);
    expect(defaultClassifierThreads(ADS_PER_EXTRA_THREAD)).toBe(Math.min(availableParallelism(), 2));
    expect(defaultClassifierThreads(1_000_000)).toBe(availableParallelism());
  });
});
