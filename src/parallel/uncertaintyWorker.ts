// A worker thread of an uncertainty analysis: evaluates each slice of runs it is sent with the pure engine,
// writing the ranks into the shared memory it is given, and posts the rest of the batch back (the shifts
// transferred, not copied). It stays for the next slice.
import { parentPort } from 'node:worker_threads';
import { evaluateRuns, keptRuns } from '../engine/uncertainty/evaluateRuns.js';
import { rankView } from '../engine/uncertainty/rankInto.js';
import type { Job, WorkerMessage } from './workerPool.js';

const port = parentPort!;

port.on('message', ({ task, draws, from, ranks }: Job) => {
  const units = task.input.units.length;
  const out = rankView(ranks, from * units, keptRuns(task, from, draws.length) * units, units);
  const step = Math.max(1, Math.floor(draws.length / 100));
  let reported = 0;
  const batch = evaluateRuns(
    task,
    draws,
    from,
    (done) => {
      if (done - reported >= step) {
        port.postMessage({ progress: done - reported } satisfies WorkerMessage);
        reported = done;
      }
    },
    out,
  );
  port.postMessage({ progress: draws.length - reported, batch } satisfies WorkerMessage, [
    batch.shift.buffer as ArrayBuffer,
  ]);
});
