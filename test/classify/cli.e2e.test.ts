import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, tempDir } from '../cli/helpers.js';

describe.runIf(existsSync(CLI))('digitalindex classify (built CLI)', () => {
  it('evaluate prints the frozen test part with its hash and the figures', () => {
    const dir = tempDir();
    const result = runCli(['classify', 'evaluate', '--set', 'job-ads', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      set: string;
      testSha256: string;
      synthetic: boolean;
      labels: { label: string; test: { precision: number; recall: number } }[];
    };
    expect(report.set).toBe('job-ads');
    expect(report.synthetic).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toContain(report.testSha256);
    expect(report.labels[0]!.label).toBe('ai_skill');
    expect(report.labels[0]!.test.precision).toBeGreaterThanOrEqual(0.9);

    const table = runCli(['classify', 'evaluate', '--set', 'firm-sites'], dir);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('digitalaffin');
    expect(table.stdout).toContain('synthetische Evaluationsdaten');
    expect(table.stdout).toMatch(/\d+,\d %/); // German number format
  });

  it.each([
    ['job-ads-handwritten', 'dev', 'job-ads-handwritten/test.jsonl', 'Dev-Teil (Tuning)'],
    ['job-ads-holdout', 'hand-written', 'job-ads-holdout/holdout.jsonl', 'handgeschriebener Satz (Tuning)'],
    ['job-ads-fresh', 'earlier', 'job-ads-fresh/fresh.jsonl', 'frühere Sätze (Tuning)'],
  ])(
    'evaluate --set %s reports the frozen test part with its hash and the part it was tuned on',
    (set, trainPart, testFile, tuningRow) => {
      const dir = tempDir();
      const result = runCli(['classify', 'evaluate', '--set', set, '--json'], dir);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as {
        set: string;
        trainPart: string;
        trainRecords: number;
        testRecords: number;
        testFile: string;
        testSha256: string;
        labels: { label: string; test: { n: number }; tuning: { n: number } }[];
      };
      expect(report.set).toBe(set);
      expect(report.trainPart).toBe(trainPart);
      expect(report.testFile.endsWith(testFile)).toBe(true);
      expect(readFileSync('README.md', 'utf8')).toContain(report.testSha256);
      expect(report.labels[0]!.test.n).toBe(report.testRecords);
      expect(report.labels[0]!.tuning.n).toBe(report.trainRecords);
      const table = runCli(['classify', 'evaluate', '--set', set], dir);
      expect(table.status).toBe(0);
      expect(table.stdout).toContain(tuningRow);
    },
  );

  it('rejects an unknown set as a usage error', () => {
    const result = runCli(['classify', 'evaluate', '--set', 'tweets'], tempDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('tweets');
  });

  it('train writes a model and reports cross-validated figures; bad labels exit 3 with line and field', () => {
    const dir = tempDir();
    const rows = ['text,label'];
    for (let i = 0; i < 12; i++) {
      rows.push(`"Wir entwickeln Software und Cloud-Lösungen, Projekt ${i}",1`);
      rows.push(`"Wir backen Brot und Kuchen, Filiale ${i}",0`);
    }
    writeFileSync(join(dir, 'labels.csv'), rows.join('\n') + '\n');
    const result = runCli(
      ['classify', 'train', '--labels', 'labels.csv', '--out', 'model.json', '--folds', '3', '--json'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      records: number;
      crossValidation: { folds: number; pooled: { f1: number } };
    };
    expect(report.records).toBe(24);
    expect(report.crossValidation.folds).toBe(3);
    expect(report.crossValidation.pooled.f1).toBeGreaterThan(0.9);
    const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as {
      kind: string;
      vocabulary: { terms: string[] };
    };
    expect(model.kind).toBe('tfidf-logistic-1');
    expect(model.vocabulary.terms).toContain('software');

    writeFileSync(join(dir, 'bad.csv'), 'text,label\nBrot,0\nSoftware,ja bitte\n');
    const bad = runCli(['classify', 'train', '--labels', 'bad.csv', '--out', 'm.json'], dir);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain('bad.csv:3: field "label"');
    expect(existsSync(join(dir, 'm.json'))).toBe(false);
  });
});
