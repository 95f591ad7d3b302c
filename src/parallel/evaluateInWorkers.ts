// Splits an analysis' runs across worker threads, each running the pure engine on a contiguous slice.
import { availableParallelism } from 'node:os';
import type { Draw } from '../engine/uncertainty/choices.js';
import { evaluateRuns, keptRuns, type RunBatch, type RunTask } from '../engine/uncertainty/evaluateRuns.js';
import { rankBytes, rankView } from '../engine/uncertainty/rankInto.js';
import { runJobs } from './workerPool.js';

/**
 * The time the runs take in one warm thread, in ms: about 25 µs per run (applying its choices, ranking)
 * plus 12 ns per unit and indicator (normalised columns aggregated), as bench/uncertainty.bench.ts measures.
 */
function estimatedMs(runs: number, units: number, indicators: number): number {
  return runs * (0.025 + 12e-6 * units * indicators);
}

/**
 * What a further worker costs before it saves anything: starting a thread, loading the engine into it,
 * compiling its code and computing the front stages again, about 0.3 s in all.
 */
const MS_PER_WORKER = 300;

/**
 * The default number of workers: one per MS_PER_WORKER of estimated work, at most the processors
 * available to this process. A small analysis (e.g. 100 runs of a 51 × 49 index) runs in this thread.
 */
export function defaultWorkers(runs: number, units: number, indicators: number): number {
  const byWork = Math.floor(estimatedMs(runs, units, indicators) / MS_PER_WORKER);
  return Math.max(1, Math.min(availableParallelism(), byWork));
}

/**
 * Evaluates the draws in `workers` threads (in this thread when 1). Slices are contiguous and
 * every run is computed the same way wherever it runs, so the result does not depend on `workers`.
 * Threads are kept for later analyses (see workerPool).
 */
export async function evaluateInWorkers(
  task: RunTask,
  draws: readonly Draw[],
  workers: number,
  onProgress?: (runsDone: number) => void,
): Promise<RunBatch[]> {
  const count = Math.max(1, Math.min(Math.floor(workers), draws.length));
  if (count === 1) {
    let last = 0;
    return [
      evaluateRuns(task, draws, 0, (done) => {
        onProgress?.(done - last);
        last = done;
      }),
    ];
  }
  const size = Math.ceil(draws.length / count);
  const slices = Array.from({ length: count }, (_, w) => w * size).filter((from) => from < draws.length);
  const units = task.input.units.length;
  const ranks = new SharedArrayBuffer(keptRuns(task, 0, draws.length) * units * rankBytes(units));
  const batches = await runJobs(
    slices.map((from) => ({ task, draws: draws.slice(from, from + size), from, ranks })),
    onProgress,
  );
  // A batch's ranks come back as a view of the same memory through another SharedArrayBuffer object;
  // views of ours let the merge see that they already lie in place.
  return batches.map((batch) => ({
    ...batch,
    ranks: rankView(ranks, batch.from * units, batch.ranks.length, units),
  }));
}
