// bench: speed of the text classifiers — job ads of ~2 KB per second (issue #6: 1,000,000 ads in < 60 s) and firms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl } from '../src/classify/jsonl.js';
import { classifyFirm } from '../src/crawl/classify/index.js';
import { firmSiteRecordSchema, pagesOf } from '../src/crawl/classify/evaluate.js';
import { classifyAd } from '../src/jobs/classify/index.js';
import { jobAdRecordSchema } from '../src/jobs/classify/evaluate.js';

const root = join(import.meta.dirname, '..', 'data', 'eval');
const read = <T>(set: string, schema: Parameters<typeof parseJsonl<T>>[2]) =>
  ['train', 'test'].flatMap((part) => {
    const file = join(root, set, `${part}.jsonl`);
    return parseJsonl(readFileSync(file, 'utf8'), file, schema);
  });

const ads = read('job-ads', jobAdRecordSchema);
const neutral = ads.filter((a) => !a.ai_skill && !a.hard_negative);
/** An ad of about 2 KB: the evaluation ad followed by text of neutral ads (no AI words) until long enough. */
function padded(ad: { title: string; description: string }, i: number) {
  let description = ad.description;
  for (let k = 1; description.length < 2000; k++)
    description += '\n' + neutral[(i + k * 7) % neutral.length]!.description;
  return { title: ad.title, description: description.slice(0, 2200) };
}
const positives = ads.filter((a) => a.ai_skill).map(padded);
const negatives = ads.filter((a) => !a.ai_skill).map(padded);
// a realistic stream: about 5 % of ads ask for AI skills
const stream = Array.from({ length: 2000 }, (_, i) =>
  i % 20 === 0 ? positives[(i / 20) % positives.length]! : negatives[i % negatives.length]!,
);

/** A fixed loop over characters, to read the figures against the machine's current speed. */
function calibration(): number {
  const text = stream[0]!.description;
  const t = process.hrtime.bigint();
  let sum = 0;
  for (let r = 0; r < 20000; r++) for (let j = 0; j < 2000; j++) sum += text.charCodeAt(j);
  if (sum < 0) throw new Error('unreachable');
  return Number(process.hrtime.bigint() - t) / 1e3 / 20000;
}

function measure(name: string, inputs: readonly { title: string; description: string }[], n: number): number {
  for (let i = 0; i < 2000; i++) classifyAd(inputs[i % inputs.length]!); // warm-up
  let asking = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) if (classifyAd(inputs[i % inputs.length]!).aiSkill) asking++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perAd = (seconds / n) * 1e6;
  process.stdout.write(
    `${name}: ${n.toLocaleString('de-DE')} ads of ~2 KB in ${seconds.toFixed(2)} s = ${perAd.toFixed(1)} µs per ad ` +
      `(${asking.toLocaleString('de-DE')} asking for AI skills) → 1,000,000 ads: ${perAd.toFixed(1)} s on one core\n`,
  );
  return perAd;
}

const N = Number(process.env.CLASSIFY_BENCH_ADS ?? 100_000);
process.stdout.write(
  `calibration: a loop over 2,000 characters takes ${calibration().toFixed(2)} µs (about 2 µs on an idle core)\n`,
);
measure('job ads, 5 % positives', stream, N);
measure('job ads, all positives (worst case)', positives, Math.ceil(N / 5));

const firms = read('firm-sites', firmSiteRecordSchema).map(pagesOf);
const F = Number(process.env.CLASSIFY_BENCH_FIRMS ?? 10_000);
const firmStart = process.hrtime.bigint();
for (let i = 0; i < F; i++) classifyFirm(firms[i % firms.length]!);
const firmSeconds = Number(process.hrtime.bigint() - firmStart) / 1e9;
process.stdout.write(
  `firm sites: ${F.toLocaleString('de-DE')} firms (1–4 pages each) in ${firmSeconds.toFixed(2)} s = ` +
    `${((firmSeconds / F) * 1e6).toFixed(1)} µs per firm\n` +
    '  (the machine may be shared: timings are noisy)\n',
);
