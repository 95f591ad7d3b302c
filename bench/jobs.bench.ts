// bench: classifying 1,000,000 generated job ads (~1–2 KB each) streamed from JSON Lines, as `jobs classify` classifies
// them (reader + validation + classifier, constant memory); then import + `jobs classify` through SQLite on a smaller
// file. Target (issue 6): the million in under 60 s and under 500 MB. JOBS_BENCH_ADS / JOBS_BENCH_DB_ADS change the sizes.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyStoredAds } from '../src/jobs/classifyAds.js';
import { classifyAd, JOB_CLASSIFIER_VERSION } from '../src/jobs/classify/index.js';
import { importAds } from '../src/jobs/importAds.js';
import { openAds } from '../src/jobs/read/index.js';
import { openStore } from '../src/store/index.js';

const ADS = Number(process.env.JOBS_BENCH_ADS ?? 1_000_000);
const DB_ADS = Number(process.env.JOBS_BENCH_DB_ADS ?? 50_000);
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

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-bench-'));
  try {
    const file = join(dir, 'ads.jsonl');
    let t = performance.now();
    await generate(file, ADS);
    const bytes = statSync(file).size;
    process.stdout.write(
      `generated ${ADS.toLocaleString('en')} ads, ${(bytes / 1e6).toFixed(0)} MB (${(bytes / ADS).toFixed(0)} bytes/ad) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );

    const rssBefore = rssMb();
    const cpuBefore = process.cpuUsage();
    t = performance.now();
    let ads = 0;
    let ai = 0;
    for await (const record of openAds(file).records) {
      if (!('ad' in record)) throw new Error(`generated ad on line ${record.line} is malformed`);
      ads++;
      if (classifyAd(record.ad).aiSkill) ai++;
    }
    const seconds = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peak = rssMb();
    process.stdout.write(
      `read + classify (streaming, ${JOB_CLASSIFIER_VERSION}): ${ads.toLocaleString('en')} ads in ${seconds.toFixed(1)} s = ` +
        `${Math.round(ads / seconds).toLocaleString('en')} ads/s (CPU ${cpuSeconds.toFixed(1)} s = ` +
        `${Math.round(ads / cpuSeconds).toLocaleString('en')} ads per CPU second); ${ai.toLocaleString('en')} ask for AI skills; ` +
        `peak RSS ${peak.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before)\n`,
    );
    process.stdout.write(
      `target < ${TARGET.seconds} s and < ${TARGET.rssMb} MB: ${seconds < TARGET.seconds && peak < TARGET.rssMb ? 'met' : 'NOT met'} ` +
        '(the machine is shared: timings are noisy)\n',
    );

    if (DB_ADS > 0) {
      const small = join(dir, 'ads-db.jsonl');
      await generate(small, DB_ADS);
      const store = await openStore(join(dir, 'bench.db'));
      try {
        t = performance.now();
        const imported = await importAds(store, small);
        const importSeconds = (performance.now() - t) / 1000;
        t = performance.now();
        const classified = await classifyStoredAds(store);
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
