// bench: classifying 1,000,000 generated job ads (~1.35 KB each). (1) streamed from JSON Lines (reader + validation
// + classifier on worker threads, constant memory); (2) `jobs classify` on the same million stored in SQLite (read in
// pages, classified on worker threads, verdicts written back page by page; the ads are loaded with the store's
// insert, not `jobs import`, to keep the set-up short); (3) `jobs import` + `jobs classify` of a smaller file.
// Target (issue 6): the million in under 60 s and under 500 MB. JOBS_BENCH_ADS / JOBS_BENCH_DB_ADS change the
// sizes, JOBS_BENCH_THREADS the number of classifier threads (0 = the main thread).
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyStoredAds } from '../src/jobs/classifyAds.js';
import { classifyAd, JOB_CLASSIFIER_VERSION, type AdClassification } from '../src/jobs/classify/index.js';
import { classifierThreads, type AdText } from '../src/jobs/classify/threads.js';
import { importAds } from '../src/jobs/importAds.js';
import { openAds } from '../src/jobs/read/index.js';
import { insertAds, type StoredAd } from '../src/jobs/store/ads.js';
import type { JobAd } from '../src/jobs/types.js';
import { batchesOf, mapInOrder } from '../src/parallel/inOrder.js';
import { openStore, type Store } from '../src/store/index.js';

const ADS = Number(process.env.JOBS_BENCH_ADS ?? 1_000_000);
const DB_ADS = Number(process.env.JOBS_BENCH_DB_ADS ?? 50_000);
const THREADS = Number(process.env.JOBS_BENCH_THREADS ?? availableParallelism());
const TARGET = { seconds: 60, rssMb: 500 };

/** Mulberry32: a small seeded generator, so every run writes the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'Erzieher (m/w/d)',
  'Pflegefachkraft (w/m/d)',
  'Softwareentwickler Java (m/w/d)',
  'Lagerlogistiker (m/w/d)',
  'Vertriebsmitarbeiter Innendienst',
  'Kfz-Mechatroniker (m/w/d)',
  'Sachbearbeiter Buchhaltung',
  'Koch / Köchin',
  'Data Engineer (m/w/d)',
  'Elektriker (m/w/d)',
];
const AI_TITLES = [
  'Machine Learning Engineer (m/w/d)',
  'Data Scientist – Deep Learning (w/m/d)',
  'KI-Entwickler (m/w/d) Computer Vision',
  'NLP Engineer (LLM) (m/w/d)',
];
const SENTENCES = [
  'Wir sind ein mittelständisches Familienunternehmen mit Sitz im Ruhrgebiet und über 250 Beschäftigten.',
  'Zu Ihren Aufgaben gehören die Planung, Durchführung und Dokumentation der täglichen Arbeitsabläufe.',
  'Sie arbeiten eng mit den Kolleginnen und Kollegen aus Einkauf, Vertrieb und Produktion zusammen.',
  'Eine abgeschlossene Berufsausbildung oder ein vergleichbarer Abschluss wird vorausgesetzt.',
  'Wir bieten eine unbefristete Festanstellung, 30 Tage Urlaub, betriebliche Altersvorsorge und ein Jobrad.',
  'Flexible Arbeitszeiten und die Möglichkeit zum mobilen Arbeiten an bis zu zwei Tagen pro Woche.',
  'Sie verfügen über gute Deutschkenntnisse in Wort und Schrift sowie einen Führerschein der Klasse B.',
  'Wir nutzen moderne KI-Tools im Recruiting, um Ihre Bewerbung schnell zu bearbeiten.',
  'Kenntnisse in Microsoft Copilot sind ein Plus.',
  'Unsere Kita betreut 80 Kinder im Alter von einem bis sechs Jahren in vier Gruppen.',
  'Haben wir Ihr Interesse geweckt? Dann freuen wir uns auf Ihre Bewerbung über unser Karriereportal.',
];
const AI_SENTENCES = [
  'Sie entwickeln, trainieren und evaluieren Machine-Learning-Modelle mit PyTorch und TensorFlow.',
  'Sie bringen Erfahrung mit neuronalen Netzen, Deep Learning und dem Deployment von Modellen in die Produktion mit.',
  'Sie feintunen Large Language Models (LLM) und bauen Retrieval-Pipelines für unsere NLP-Anwendungen.',
];
const TOWNS = [
  'Essen',
  'Dortmund',
  'Bochum',
  'Duisburg',
  'Mülheim a.d. Ruhr',
  'Gelsenkirchen-Buer',
  'Essen-Rüttenscheid',
  'Hamm',
  'Herne',
  'Ingolstadt',
];

async function generate(file: string, count: number): Promise<void> {
  const rnd = random(20250601);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const out = createWriteStream(file, 'utf8');
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    const ai = rnd() < 0.04;
    const parts: string[] = [];
    const n = 8 + Math.floor(rnd() * 10);
    for (let s = 0; s < n; s++) parts.push(pick(SENTENCES));
    if (ai) parts.splice(2, 0, pick(AI_SENTENCES), pick(AI_SENTENCES));
    const ad = {
      id: `bench-${i}`,
      title: ai ? pick(AI_TITLES) : pick(TITLES),
      description: parts.join(' '),
      employer: `Arbeitgeber ${Math.floor(rnd() * 20000)} GmbH`,
      postcode: String(44000 + Math.floor(rnd() * 2000)),
      town: pick(TOWNS),
      date: `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      source: 'bench',
    };
    chunk.push(JSON.stringify(ad));
    if (chunk.length === 2000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(chunk.join('\n') + '\n');
  out.end();
  await once(out, 'close');
}

function rssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function verdict(label: string, ads: number, seconds: number, cpu: NodeJS.CpuUsage, peak: number): string {
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const met = seconds < TARGET.seconds * (ads / 1_000_000) && peak < TARGET.rssMb;
  return (
    `${label}: ${ads.toLocaleString('en')} ads in ${seconds.toFixed(1)} s = ${Math.round(ads / seconds).toLocaleString('en')} ads/s ` +
    `(process CPU, all threads ${cpuSeconds.toFixed(1)} s); peak RSS ${peak.toFixed(0)} MB (process so far) — ` +
    `target < ${TARGET.seconds} s per million and < ${TARGET.rssMb} MB: ${met ? 'met' : 'NOT met'}\n`
  );
}

/** (1) The file streamed: reader and validation in this thread, the classifier on `THREADS` threads. */
async function classifyFile(file: string): Promise<void> {
  const pool = THREADS > 0 ? classifierThreads(THREADS) : null;
  const classify = (batch: AdText[]): Promise<AdClassification[]> =>
    pool ? pool.classify(batch) : Promise.resolve(batch.map(classifyAd));
  const cpu = process.cpuUsage();
  const t = performance.now();
  let ads = 0;
  let ai = 0;
  async function* adsOf(): AsyncGenerator<JobAd> {
    for await (const record of openAds(file).records) {
      if (!('ad' in record)) throw new Error(`generated ad on line ${record.line} is malformed`);
      yield record.ad;
    }
  }
  try {
    for await (const verdicts of mapInOrder(batchesOf(adsOf(), 1000), classify, Math.max(1, 2 * THREADS))) {
      ads += verdicts.length;
      for (const v of verdicts) if (v.aiSkill) ai++;
    }
  } finally {
    await pool?.close();
  }
  process.stdout.write(
    verdict(
      `read + classify streaming (${JOB_CLASSIFIER_VERSION}, ${THREADS} classifier threads; ${ai.toLocaleString('en')} ask for AI skills)`,
      ads,
      (performance.now() - t) / 1000,
      process.cpuUsage(cpu),
      rssMb(),
    ),
  );
}

/** Stores the ads of `file` as they are (no duplicate detection, no municipality), in pages of 2,000. */
async function loadAds(store: Store, file: string): Promise<number> {
  let n = 0;
  const toStored = (ad: JobAd, line: number): StoredAd => ({
    ...ad,
    dedupKey: null,
    duplicateOf: null,
    importId: null,
    line,
    unitSet: null,
    ags: null,
    assignedBy: null,
  });
  for await (const batch of batchesOf(openAds(file).records, 2000)) {
    const ads = batch.map((r) => {
      if (!('ad' in r)) throw new Error(`generated ad on line ${r.line} is malformed`);
      return toStored(r.ad, r.line);
    });
    await store.transaction((tx) => insertAds(tx.db, ads));
    n += ads.length;
  }
  return n;
}

/** (2) `jobs classify` on the stored million. */
async function classifyStored(dir: string, file: string): Promise<void> {
  const store = await openStore(join(dir, 'million.db'));
  try {
    let t = performance.now();
    const loaded = await loadAds(store, file);
    process.stdout.write(
      `set-up: ${loaded.toLocaleString('en')} ads stored in SQLite in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const cpu = process.cpuUsage();
    t = performance.now();
    const report = await classifyStoredAds(store, { threads: THREADS });
    process.stdout.write(
      verdict(
        `jobs classify from SQLite (${report.threads} classifier threads; ${report.aiSkill.toLocaleString('en')} ask for AI skills)`,
        report.classified,
        (performance.now() - t) / 1000,
        process.cpuUsage(cpu),
        rssMb(),
      ),
    );
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-bench-'));
  try {
    const file = join(dir, 'ads.jsonl');
    let t = performance.now();
    await generate(file, ADS);
    const bytes = statSync(file).size;
    process.stdout.write(
      `generated ${ADS.toLocaleString('en')} ads, ${(bytes / 1e6).toFixed(0)} MB (${(bytes / ADS).toFixed(0)} bytes/ad) in ${((performance.now() - t) / 1000).toFixed(1)} s; ` +
        `peak RSS so far ${rssMb().toFixed(0)} MB (the generator's)\n`,
    );
    await classifyFile(file);
    await classifyStored(dir, file);
    process.stdout.write('(the machine may be shared: timings are noisy)\n');

    if (DB_ADS > 0) {
      const small = join(dir, 'ads-db.jsonl');
      await generate(small, DB_ADS);
      const store = await openStore(join(dir, 'bench.db'));
      try {
        t = performance.now();
        const imported = await importAds(store, small);
        const importSeconds = (performance.now() - t) / 1000;
        t = performance.now();
        const classified = await classifyStoredAds(store, { threads: THREADS });
        const classifySeconds = (performance.now() - t) / 1000;
        process.stdout.write(
          `SQLite: jobs import ${imported.new.toLocaleString('en')} ads in ${importSeconds.toFixed(1)} s ` +
            `(${Math.round(imported.read / importSeconds).toLocaleString('en')} ads/s, ${imported.nearDuplicates} re-posts); ` +
            `jobs classify ${classified.classified.toLocaleString('en')} in ${classifySeconds.toFixed(1)} s ` +
            `(${Math.round(classified.classified / classifySeconds).toLocaleString('en')} ads/s); peak RSS ${rssMb().toFixed(0)} MB\n`,
        );
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
