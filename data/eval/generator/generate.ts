// Writes the evaluation sets: `npx tsx data/eval/generator/generate.ts` (seeded; the same code gives the same files).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from '../../../src/engine/random.js';
import { splitRecords } from '../../../src/classify/split.js';
import { generateFirms, type FirmSiteRecord } from './firm-sites.js';
import { HANDWRITTEN_FIRMS } from './handwritten-firms.js';
import { generateAds, type JobAdRecord } from './job-ads.js';
import { HANDWRITTEN_ADS } from './handwritten-jobs.js';

export const EVAL_SEED = 20261128;
/** The split seed and the test fraction: fixed before any tuning; never change them. */
export const SPLIT_SEED = 'digitalindex-eval-v1';
export const TEST_FRACTION = 0.35;
export const GENERATED_FIRMS = 300;
export const GENERATED_ADS = 380;

export function buildFirmSites(): FirmSiteRecord[] {
  const random = createRandom(EVAL_SEED);
  const generated = generateFirms(random, GENERATED_FIRMS, 1);
  const handwritten: FirmSiteRecord[] = HANDWRITTEN_FIRMS.map((f, i) => {
    const base = `https://www.${f.domain}`;
    const pages = [{ url: `${base}/`, title: f.title, description: '', text: f.home }];
    if (f.about)
      pages.push({
        url: `${base}/ueber-uns`,
        title: `Über uns – ${f.title}`,
        description: '',
        text: f.about,
      });
    if (f.imprint)
      pages.push({ url: `${base}/impressum`, title: 'Impressum', description: '', text: f.imprint });
    return {
      id: `firm-h${String(i + 1).padStart(3, '0')}`,
      source: 'handwritten',
      industry: f.industry,
      digital_affine: f.digital,
      ai_affine: f.ai,
      hard_negative: f.hard,
      founded: f.founded,
      pages,
    };
  });
  return [...generated, ...handwritten];
}

export function buildJobAds(): JobAdRecord[] {
  const random = createRandom(EVAL_SEED + 1);
  const generated = generateAds(random, GENERATED_ADS, 1);
  const handwritten: JobAdRecord[] = HANDWRITTEN_ADS.map((a, i) => ({
    id: `ad-h${String(i + 1).padStart(3, '0')}`,
    source: 'handwritten',
    role: a.role,
    ai_skill: a.aiSkill,
    hard_negative: a.hard,
    title: a.title,
    description: a.description,
  }));
  return [...generated, ...handwritten];
}

export function toJsonl(records: readonly object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function write(dir: string, records: { id: string }[]): void {
  mkdirSync(dir, { recursive: true });
  const { train, test } = splitRecords(records, (r) => r.id, SPLIT_SEED, TEST_FRACTION);
  writeFileSync(join(dir, 'train.jsonl'), toJsonl(train));
  writeFileSync(join(dir, 'test.jsonl'), toJsonl(test));
  process.stdout.write(`${dir}: ${train.length} train, ${test.length} test\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  write(join(root, 'firm-sites'), buildFirmSites());
  write(join(root, 'job-ads'), buildJobAds());
}
