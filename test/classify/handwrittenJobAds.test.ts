import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonl } from '../../data/eval/generator/generate.js';
import {
  BOARD_ADS,
  BOARD_TEST_FRACTION,
  buildBoardAds,
  splitBoardAds,
} from '../../data/eval/generator/handwritten-board.js';
import { evalSetFiles, evaluateSet } from '../../src/classify/evaluation.js';
import { sha256Hex } from '../../src/classify/split.js';
import { figures, readme, readmeRow } from './readme.js';

const DEV = 'data/eval/job-ads-handwritten/dev.jsonl';
const TEST = 'data/eval/job-ads-handwritten/test.jsonl';
/** Recorded when the test part was split off, before the classifier ran on any hand-written board ad. */
const FROZEN_TEST_SHA256 = 'e508b45fe1fc60db75df4eb6a8223aebb0579bc82769e4e0e09fde0e61bf6ba6';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('hand-written job-board ads (data/eval/job-ads-handwritten)', () => {
  it('the frozen test part has the recorded SHA-256, also stated in the README', () => {
    expect(evalSetFiles('job-ads-handwritten').test.endsWith(TEST)).toBe(true);
    expect(evalSetFiles('job-ads-handwritten').train.map((f) => f.endsWith(DEV))).toEqual([true]);
    const hash = sha256Hex(readFileSync(TEST));
    expect(hash).toBe(FROZEN_TEST_SHA256);
    const row = readme.split('\n').find((line) => line.includes('`' + TEST + '`'));
    expect(row).toContain(FROZEN_TEST_SHA256);
  });

  it('the committed files are rebuilt byte for byte from the hand-written ads', () => {
    const { dev, test } = splitBoardAds(buildBoardAds());
    expect(toJsonl(dev)).toBe(readFileSync(DEV, 'utf8'));
    expect(toJsonl(test)).toBe(readFileSync(TEST, 'utf8'));
  });

  it('has at least 240 ads, about 30 % positives, at least 35 % hard negatives and a test part of about half', () => {
    const records = buildBoardAds();
    expect(records.length).toBeGreaterThanOrEqual(240);
    const positives = records.filter((r) => r.ai_skill).length / records.length;
    expect(positives).toBeGreaterThan(0.25);
    expect(positives).toBeLessThan(0.35);
    expect(records.filter((r) => r.hard_negative).length / records.length).toBeGreaterThanOrEqual(0.35);
    expect(records.every((r) => !(r.ai_skill && r.hard_negative))).toBe(true);
    expect(records.every((r) => r.source === 'handwritten' && /^hw-\d{4}$/.test(r.id))).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.title)).size).toBe(records.length);
    const { test } = splitBoardAds(records);
    expect(BOARD_TEST_FRACTION).toBe(0.5);
    expect(test.length / records.length).toBeGreaterThan(0.45);
    expect(test.length / records.length).toBeLessThan(0.55);
  });

  it('ads are whole ads of 60 to 400 words with gender markers; ordinary ads carry no AI word and no trap', () => {
    for (const a of BOARD_ADS) {
      const n = words(`${a.title} ${a.description}`);
      expect(n, a.title).toBeGreaterThanOrEqual(60);
      expect(n, a.title).toBeLessThanOrEqual(400);
    }
    // as on job boards, nearly every title carries a gender marker (a few university posts do without)
    const marker = /\((m\/w\/d|w\/m\/d|d\/m\/w|m\/f\/d|f\/m\/d|all genders)\)/;
    expect(BOARD_ADS.filter((a) => marker.test(a.title)).length / BOARD_ADS.length).toBeGreaterThan(0.95);
    const trap =
      /\bKI\b|\bAI\b|KI-|Kita|KiTa|\bSki|Kiosk|Copilot|ChatGPT|künstlich|Machine Learning|maschinell/i;
    for (const a of BOARD_ADS.filter((x) => x.label === 'plain')) {
      expect(trap.test(`${a.title}\n${a.description}`), a.title).toBe(false);
    }
  });

  it('the dictionary figures on dev and the spent test part are those in the README; dev meets the targets', () => {
    const report = evaluateSet('job-ads-handwritten', 'dictionary');
    expect(report.trainPart).toBe('dev');
    expect(report.testSha256).toBe(FROZEN_TEST_SHA256);
    const [skill] = report.labels;
    expect(skill!.handwritten).toEqual(skill!.test); // every record of this set is hand-written
    expect(skill!.tuning!.precision).toBeGreaterThanOrEqual(0.9);
    expect(skill!.tuning!.recall).toBeGreaterThanOrEqual(0.8);
    expect(readmeRow('| job ads, hand-written dev (tuned on) | ai_skill | dictionary |')).toEqual(
      figures(skill!.tuning!),
    );
    // the test part was spent (looked at) and then tuned on (dictionary version 3, see the README); its row is
    // recomputed here, but only the hold-out (test/classify/holdoutJobAds.test.ts) measures the tuning
    expect(readmeRow('| job ads, hand-written test (spent, tuned on) | ai_skill | dictionary |')).toEqual(
      figures(skill!.test),
    );
  });
});
