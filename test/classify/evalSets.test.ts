import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildFirmSites,
  buildJobAds,
  SPLIT_SEED,
  TEST_FRACTION,
  toJsonl,
} from '../../data/eval/generator/generate.js';
import { evalSetFiles, evaluateSet } from '../../src/classify/evaluation.js';
import { sha256Hex, splitRecords } from '../../src/classify/split.js';
import { figures, readmeHash, readmeRow } from './readme.js';

/** The README's figure row of a set, label and model. */
const figuresRow = (set: string, label: string, model: string) =>
  readmeRow(`| ${set} | ${label} | ${model} |`);

describe('frozen evaluation sets', () => {
  it.each([
    ['firm-sites', 'data/eval/firm-sites/test.jsonl'],
    ['job-ads', 'data/eval/job-ads/test.jsonl'],
  ] as const)('%s: the test part has the SHA-256 written in the README', (set, file) => {
    expect(evalSetFiles(set).test.endsWith(file)).toBe(true);
    expect(sha256Hex(readFileSync(file))).toBe(readmeHash(file));
  });

  it('the seeded generator reproduces the committed files byte for byte', () => {
    for (const [dir, records] of [
      ['firm-sites', buildFirmSites()],
      ['job-ads', buildJobAds()],
    ] as const) {
      const { train, test } = splitRecords(
        records as { id: string }[],
        (r) => r.id,
        SPLIT_SEED,
        TEST_FRACTION,
      );
      expect(toJsonl(test)).toBe(readFileSync(`data/eval/${dir}/test.jsonl`, 'utf8'));
      expect(toJsonl(train)).toBe(readFileSync(`data/eval/${dir}/train.jsonl`, 'utf8'));
    }
  });

  it('are large enough, with at least a quarter hard negatives and unique ids', () => {
    const firms = buildFirmSites();
    const ads = buildJobAds();
    expect(firms.length).toBeGreaterThanOrEqual(300);
    expect(ads.length).toBeGreaterThanOrEqual(400);
    expect(firms.filter((r) => r.hard_negative).length / firms.length).toBeGreaterThanOrEqual(0.25);
    expect(ads.filter((r) => r.hard_negative).length / ads.length).toBeGreaterThanOrEqual(0.25);
    expect(new Set(firms.map((r) => r.id)).size).toBe(firms.length);
    expect(new Set(ads.map((r) => r.id)).size).toBe(ads.length);
    expect(firms.filter((r) => r.ai_affine).every((r) => r.digital_affine)).toBe(true);
    // every labelled founding year is stated in the firm's own text
    for (const r of firms.filter((f) => f.founded !== null)) {
      expect(r.pages.map((p) => p.text).join(' '), r.id).toContain(String(r.founded));
    }
  });
});

describe('dictionary classifiers on the frozen test parts', () => {
  it('firm sites: digital F1 ≥ 0.85 and AI F1 ≥ 0.80, as reported in the README', () => {
    const report = evaluateSet('firm-sites', 'dictionary');
    const [digital, ai] = report.labels;
    expect(digital!.test.f1).toBeGreaterThanOrEqual(0.85);
    expect(ai!.test.f1).toBeGreaterThanOrEqual(0.8);
    expect(figuresRow('firm sites', 'digital_affine', 'dictionary')).toEqual(figures(digital!.test));
    expect(figuresRow('firm sites', 'ai_affine', 'dictionary')).toEqual(figures(ai!.test));
    expect(figuresRow('firm sites', 'digital_affine', 'dictionary, hand-written')).toEqual(
      figures(digital!.handwritten),
    );
    expect(figuresRow('firm sites', 'ai_affine', 'dictionary, hand-written')).toEqual(
      figures(ai!.handwritten),
    );
  });

  it('job ads: precision ≥ 0.90 and recall ≥ 0.80, as reported in the README', () => {
    const report = evaluateSet('job-ads', 'dictionary');
    const [skill] = report.labels;
    expect(skill!.test.precision).toBeGreaterThanOrEqual(0.9);
    expect(skill!.test.recall).toBeGreaterThanOrEqual(0.8);
    expect(figuresRow('job ads', 'ai_skill', 'dictionary')).toEqual(figures(skill!.test));
    expect(figuresRow('job ads', 'ai_skill', 'dictionary, hand-written')).toEqual(
      figures(skill!.handwritten),
    );
  });
});
