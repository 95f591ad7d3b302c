import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildFirmSites,
  buildJobAds,
  SPLIT_SEED,
  TEST_FRACTION,
  toJsonl,
} from '../../data/eval/generator/generate.js';
import { evalSetFiles, evaluateSet, type EvaluationReport } from '../../src/classify/evaluation.js';
import { sha256Hex, splitRecords } from '../../src/classify/split.js';

const readme = readFileSync('README.md', 'utf8');

/** The frozen hash the README states for a test file. */
function readmeHash(file: string): string | undefined {
  const row = readme.split('\n').find((line) => line.includes('`' + file + '`') && /[0-9a-f]{64}/.test(line));
  return row?.match(/[0-9a-f]{64}/)?.[0];
}

/** The README's figure rows: "| set | label | model | n | TP | FP | FN | P | R | F1 |". */
function readmeFigures(set: string, label: string, model: string): string[] | undefined {
  const row = readme.split('\n').find((line) => line.startsWith(`| ${set} | ${label} | ${model} |`));
  return row
    ?.split('|')
    .map((c) => c.trim())
    .slice(4, 11);
}

function figures(m: EvaluationReport['labels'][number]['test']): string[] {
  return [m.n, m.tp, m.fp, m.fn].map(String).concat([m.precision, m.recall, m.f1].map((x) => x.toFixed(3)));
}

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
    expect(readmeFigures('firm sites', 'digital_affine', 'dictionary')).toEqual(figures(digital!.test));
    expect(readmeFigures('firm sites', 'ai_affine', 'dictionary')).toEqual(figures(ai!.test));
    expect(readmeFigures('firm sites', 'digital_affine', 'dictionary, hand-written')).toEqual(
      figures(digital!.handwritten),
    );
    expect(readmeFigures('firm sites', 'ai_affine', 'dictionary, hand-written')).toEqual(
      figures(ai!.handwritten),
    );
  });

  it('job ads: precision ≥ 0.90 and recall ≥ 0.80, as reported in the README', () => {
    const report = evaluateSet('job-ads', 'dictionary');
    const [skill] = report.labels;
    expect(skill!.test.precision).toBeGreaterThanOrEqual(0.9);
    expect(skill!.test.recall).toBeGreaterThanOrEqual(0.8);
    expect(readmeFigures('job ads', 'ai_skill', 'dictionary')).toEqual(figures(skill!.test));
    expect(readmeFigures('job ads', 'ai_skill', 'dictionary, hand-written')).toEqual(
      figures(skill!.handwritten),
    );
  });
});
