import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonl } from '../../data/eval/generator/generate.js';
import { BOARD_ADS } from '../../data/eval/generator/handwritten-board.js';
import { buildHoldoutAds, HOLDOUT_ADS } from '../../data/eval/generator/holdout.js';
import { evalSetFiles, evaluateSet } from '../../src/classify/evaluation.js';
import { sha256Hex } from '../../src/classify/split.js';
import { classifyAd } from '../../src/jobs/classify/index.js';
import { figures, readme, readmeRow } from './readme.js';

const HOLDOUT = 'data/eval/job-ads-holdout/holdout.jsonl';
/** Recorded when the hold-out set was written, before any classifier ran on it. */
const HOLDOUT_SHA256 = '36eb80e4e323fd7b347a882825d8f3c921fd01cd93479570ac5c58325112eff4';

describe('hold-out job ads (data/eval/job-ads-holdout)', () => {
  it('has the recorded SHA-256, also stated in the README', () => {
    expect(sha256Hex(readFileSync(HOLDOUT))).toBe(HOLDOUT_SHA256);
    const row = readme.split('\n').find((line) => line.includes('`' + HOLDOUT + '`'));
    expect(row).toContain(HOLDOUT_SHA256);
  });

  it('is rebuilt byte for byte from the hand-written hold-out ads', () => {
    expect(toJsonl(buildHoldoutAds())).toBe(readFileSync(HOLDOUT, 'utf8'));
  });

  it('has at least 150 ads, about 30 % positives, at least 35 % hard negatives, and none of the earlier ads', () => {
    const records = buildHoldoutAds();
    expect(records.length).toBeGreaterThanOrEqual(150);
    const positives = records.filter((r) => r.ai_skill).length / records.length;
    expect(positives).toBeGreaterThan(0.25);
    expect(positives).toBeLessThan(0.35);
    expect(records.filter((r) => r.hard_negative).length / records.length).toBeGreaterThanOrEqual(0.35);
    expect(records.every((r) => !(r.ai_skill && r.hard_negative))).toBe(true);
    expect(records.every((r) => r.source === 'handwritten-holdout' && /^ho-\d{4}$/.test(r.id))).toBe(true);
    expect(new Set(records.map((r) => r.title)).size).toBe(records.length);
    // written afresh: no ad of the earlier hand-written board set is reused, not even its first sentence (two
    // generic titles such as "Content Marketing Manager (m/w/d)" occur in both sets, with different ads)
    const firstSentence = (d: string) => d.split(/(?<=[.!?])\s/)[0]!;
    const earlier = new Set(BOARD_ADS.map((a) => firstSentence(a.description)));
    expect(HOLDOUT_ADS.filter((a) => earlier.has(firstSentence(a.description)))).toEqual([]);
  });

  it('ordinary hold-out ads carry no AI word and no look-alike trap', () => {
    const trap =
      /\bKI\b|\bAI\b|KI-|Kita|KiTa|\bSki|Kiosk|KIKI|Copilot|ChatGPT|künstlich|Machine Learning|maschinell|\bML\b/i;
    for (const a of HOLDOUT_ADS.filter((x) => x.label === 'plain')) {
      expect(trap.test(`${a.title}\n${a.description}`), a.title).toBe(false);
    }
  });

  it('the dictionary figures on the hold-out are those in the README (a tuning figure since round 3)', () => {
    expect(evalSetFiles('job-ads-holdout').test.endsWith(HOLDOUT)).toBe(true);
    const report = evaluateSet('job-ads-holdout', 'dictionary');
    expect(report.testSha256).toBe(HOLDOUT_SHA256);
    expect(report.trainPart).toBe('hand-written');
    expect(report.trainRecords).toBe(250); // the tuning data: both parts of the hand-written set
    expect(report.hardNegativesInTest).toBe(buildHoldoutAds().filter((r) => r.hard_negative).length);
    const [skill] = report.labels;
    expect(skill!.handwritten).toEqual(skill!.test); // every hold-out record is hand-written
    // version 3 was evaluated on the hold-out once (1.000 / 0.644); version 4 was tuned on it (round 3), so the
    // README labels the row as a tuning figure
    expect(readmeRow('| job ads, hold-out (spent, tuned on in round 3) | ai_skill | dictionary |')).toEqual(
      figures(skill!.test),
    );
    expect(skill!.tuning!.n).toBe(250);
    // every ad classified as asking for AI skills keeps its evidence (term and snippet)
    for (const r of buildHoldoutAds()) {
      const c = classifyAd(r);
      if (c.aiSkill) expect(c.evidence.length, r.id).toBeGreaterThan(0);
      for (const e of c.evidence)
        expect(`${r.title}\n${r.description}`.toLowerCase()).toContain(e.term.toLowerCase().slice(0, 4));
    }
  });

  it('the logistic figures on the hold-out (trained on all hand-written ads) are those in the README', () => {
    const report = evaluateSet('job-ads-holdout', 'logistic');
    expect(report.trainRecords).toBe(250);
    expect(readmeRow('| job ads, hold-out | ai_skill | logistic |')).toEqual(figures(report.labels[0]!.test));
  });
});
