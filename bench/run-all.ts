// bench: runs every benchmark script in this folder, one process each, and lets each print its own figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();

let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n=== ${script} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, script)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.stdout.write(`\n${scripts.length - failed} benchmarks ran, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
