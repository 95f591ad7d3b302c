// Starts a worker thread from a module of the sources or of the build, with the parent's Node options minus
// those a worker refuses or does not need.
import { Worker } from 'node:worker_threads';

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);
/** Process-wide flags a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV), e.g. the benchmarks' --expose-gc. */
const PROCESS_ONLY_FLAGS = new Set(['--expose-gc', '--expose_gc']);

/**
 * Node's options without module loaders (e.g. tsx's, when a benchmark runs from the sources): the compiled
 * worker needs none, and loading a TypeScript compiler into every thread would double its start.
 */
export function withoutLoaders(execArgv: readonly string[]): string[] {
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
 * The entry of the worker module `name` (without extension) beside the module at `besideUrl`: the compiled
 * `.js` file; when running from the TypeScript sources (tests, benchmarks), a data: module that registers tsx
 * in the worker and then imports the source.
 */
export function workerUrl(besideUrl: string, name: string): URL {
  if (!besideUrl.endsWith('.ts')) return new URL(`./${name}.js`, besideUrl);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, besideUrl).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** A worker running `name` beside `besideUrl`; it does not keep the process alive until someone refs it. */
export function startWorker(besideUrl: string, name: string): Worker {
  const url = workerUrl(besideUrl, name);
  let worker: Worker;
  try {
    worker = new Worker(url, url.protocol === 'file:' ? { execArgv: withoutLoaders(process.execArgv) } : {});
  } catch (error) {
    // Another process-wide flag (e.g. --trace-gc): the worker runs without the parent's flags.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    worker = new Worker(url, { execArgv: [] });
  }
  worker.unref();
  return worker;
}
