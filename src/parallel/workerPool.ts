// Uncertainty worker threads kept between analyses: starting a thread and loading the engine into it
// costs tens of milliseconds, more than a small analysis takes, so a thread that finished its slice
// waits (without keeping the process alive) for the next one.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Draw } from '../engine/uncertainty/choices.js';
import type { RunBatch, RunTask } from '../engine/uncertainty/evaluateRuns.js';

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
  return Promise.all(jobs.map((job) => runJob(idle.pop() ?? startWorker(), job, onProgress)));
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

function startWorker(): Worker {
  const url = workerUrl();
  const worker = new Worker(
    url,
    url.protocol === 'file:' ? { execArgv: withoutLoaders(process.execArgv) } : {},
  );
  worker.unref();
  // A worker that stops (or fails) is not handed out again; a job it was running hears of it itself.
  const forget = () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  };
  worker.on('exit', forget).on('error', forget);
  return worker;
}

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
/** Process-wide flags a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV), e.g. the benchmarks' --expose-gc. */
const PROCESS_ONLY_FLAGS = new Set(['--expose-gc', '--expose_gc']);

/**
 * Node's options without module loaders (e.g. tsx's, when a benchmark runs from the sources): the compiled
 * worker needs none, and loading a TypeScript compiler into every thread would double its start.
 */
function withoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const [flag] = execArgv[i]!.split('=', 1);
    if (PROCESS_ONLY_FLAGS.has(flag!)) continue;
    if (!LOADER_FLAGS.has(flag!)) kept.push(execArgv[i]!);
    else if (!execArgv[i]!.includes('=')) i++; // the loader is the next argument
  }
  return kept;
}

/**
 * The worker's entry: the compiled file next to this one; when running from the TypeScript sources
 * (tests, benchmarks), a data: module that registers tsx in the worker and then imports the source.
 */
function workerUrl(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./uncertaintyWorker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./uncertaintyWorker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
