// Uncertainty worker threads kept between analyses: starting a thread and loading the engine into it
// costs tens of milliseconds, more than a small analysis takes, so a thread that finished its slice
// waits (without keeping the process alive) for the next one.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Draw } from '../engine/uncertainty/choices.js';
import type { RunBatch, RunTask } from '../engine/uncertainty/evaluateRuns.js';
import { startWorker } from './startWorker.js';

/**
 * One slice of an analysis: the runs numbered from, from + 1, … with these draws. The kept runs' ranks
 * are written into `ranks`, memory shared by all the slices, at the slice's place.
 */
export interface Job {
  task: RunTask;
  draws: readonly Draw[];
  from: number;
  ranks: SharedArrayBuffer;
}

/** What a worker posts: progress (runs done since its last message), and at the end its batch. */
export interface WorkerMessage {
  progress: number;
  batch?: RunBatch;
}

const idle: Worker[] = [];

/** Runs each job on a worker of its own, reusing idle workers; the batches come in the order of the jobs. */
export function runJobs(jobs: readonly Job[], onProgress?: (runsDone: number) => void): Promise<RunBatch[]> {
  return Promise.all(jobs.map((job) => runJob(idle.pop() ?? startUncertaintyWorker(), job, onProgress)));
}

function runJob(worker: Worker, job: Job, onProgress?: (runsDone: number) => void): Promise<RunBatch> {
  return new Promise<RunBatch>((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      onProgress?.(message.progress);
      if (!message.batch) return;
      release();
      resolve(message.batch);
      if (idle.length < availableParallelism()) idle.push(worker);
      else void worker.terminate();
    };
    const onError = (error: Error) => {
      release();
      reject(error);
      void worker.terminate();
    };
    const onExit = (code: number) => {
      release();
      reject(new Error(`an uncertainty worker stopped (exit code ${code}) without its results`));
    };
    const release = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // While it works for us the worker keeps the process alive; idle, it does not.
    worker.ref();
    worker.postMessage(job);
  });
}

function startUncertaintyWorker(): Worker {
  const worker = startWorker(import.meta.url, 'uncertaintyWorker');
  // A worker that stops (or fails) is not handed out again; a job it was running hears of it itself.
  const forget = () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  };
  worker.on('exit', forget).on('error', forget);
  return worker;
}
