// bench: the analyses and the findings on the bundled demo edition (53 municipalities × 12 indicators, 12 regions).
import { performance } from 'node:perf_hooks';
import { analyseLeaders } from '../src/analysis/leaders.js';
import { analyseLevers } from '../src/analysis/levers/levers.js';
import { analyseNeed } from '../src/analysis/levers/need.js';
import { analyseRegions } from '../src/analysis/regions.js';
import { analyseRobustness } from '../src/analysis/robustness.js';
import { analyseSpatial } from '../src/analysis/spatial/spatial.js';
import { analyseTypology } from '../src/analysis/typology/typology.js';
import { buildFindings } from '../src/analysis/findings/build.js';
import { loadFindingsInput } from '../src/analysis/findings/load.js';
import { readBundle } from '../src/ingest/bundle.js';
import { openStore } from '../src/store/index.js';
import { importBundle } from '../src/workflow/importBundle.js';

async function main(): Promise<void> {
  const store = await openStore(':memory:');
  await importBundle(store, readBundle('data/bundle.json'));
  const input = await loadFindingsInput(store, 2025);
  await store.close();
  const m = input.municipalities;
  const cases: [string, () => unknown, number][] = [
    ['leaders', () => analyseLeaders(m), 20],
    ['typology (k-means, k 2–6, 10 starts)', () => analyseTypology(m, { seed: 1 }), 5],
    ['spatial (16 nodes, 999 permutations)', () => analyseSpatial(m, { permutations: 999 }), 3],
    ['levers (53 units × 12 indicators × 2 goals, full recompute)', () => analyseLevers(m), 3],
    ['catching up in infrastructure', () => analyseNeed(m, 'infrastructure'), 5],
    ['regions', () => analyseRegions(input.regions!, 'ruhr'), 20],
    ['robustness (200 runs)', () => analyseRobustness(m, { runs: 200 }), 3],
    ['findings de (all of the above but robustness)', () => buildFindings(input, 'de'), 3],
  ];
  process.stdout.write('machine shared with other work: timings are noisy\n');
  for (const [label, run, repeats] of cases) {
    run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    process.stdout.write(`${label.padEnd(62)} median ${median.toFixed(1).padStart(8)} ms over ${repeats}\n`);
  }
}

await main();
