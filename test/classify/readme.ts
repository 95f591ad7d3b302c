// The README's classifier tables as the evaluation tests read them: frozen hashes and figure rows.
import { readFileSync } from 'node:fs';
import type { EvaluationReport } from '../../src/classify/evaluation.js';

export const readme = readFileSync('README.md', 'utf8');

/** The frozen hash the README states for a test file. */
export function readmeHash(file: string): string | undefined {
  const row = readme.split('\n').find((line) => line.includes('`' + file + '`') && /[0-9a-f]{64}/.test(line));
  return row?.match(/[0-9a-f]{64}/)?.[0];
}

/** n, TP, FP, FN, precision, recall and F1 of the README row starting with `prefix` ("| set | label | model |"). */
export function readmeRow(prefix: string): string[] | undefined {
  const row = readme.split('\n').find((line) => line.startsWith(prefix));
  return row
    ?.split('|')
    .map((c) => c.trim())
    .slice(4, 11);
}

/** The same seven figures of an evaluation, as the README writes them. */
export function figures(m: EvaluationReport['labels'][number]['test']): string[] {
  return [m.n, m.tp, m.fp, m.fn].map(String).concat([m.precision, m.recall, m.f1].map((x) => x.toFixed(3)));
}
