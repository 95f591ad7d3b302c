// The job-ad classifier on worker threads: batches go to the least busy thread, verdicts come back per batch.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../parallel/startWorker.js';
import { JOB_CLASSIFIER_VERSION, type AdClassification } from './index.js';

export interface AdText {
  title: string;
  description: string;
}

/** To a worker: a batch numbered `seq`, its ads as title, description, title, description, … */
export interface ClassifyRequest {
  seq: number;
  texts: string[];
}

export interface ClassifyResponse {
  seq: number;
  verdicts: Omit<AdClassification, 'classifierVersion'>[];
}

export interface ClassifierThreads {
  readonly threads: number;
  classify(ads: readonly AdText[]): Promise<AdClassification[]>;
  /** Stops the threads; batches still under way are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (verdicts: AdClassification[]) => void;
  reject: (error: Error) => void;
}

/**
 * Below this many ads a run classifies in its own thread: starting a worker and loading the classifier into it
 * costs more than it saves (about 40 µs an ad in one thread, bench/jobs.bench.ts).
 */
export const ADS_PER_EXTRA_THREAD = 20_000;

/** The number of threads worth starting for `ads` ads: 0 (classify in this thread) up to the processors. */
export function defaultClassifierThreads(ads: number): number {
  return ads < ADS_PER_EXTRA_THREAD
    ? 0
    : Math.min(availableParallelism(), 1 + Math.floor(ads / ADS_PER_EXTRA_THREAD));
}

export function classifierThreads(count: number): ClassifierThreads {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`threads must be a whole number ≥ 1, not ${count}`);
  const workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  let seq = 0;
  let closed = false;
  for (let i = 0; i < count; i++) {
    const slot = { worker: startWorker(import.meta.url, 'worker'), pending: new Map<number, Pending>() };
    const failAll = (error: Error) => {
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
      slot.worker.unref();
    };
    slot.worker
      .on('message', ({ seq, verdicts }: ClassifyResponse) => {
        const p = slot.pending.get(seq);
        slot.pending.delete(seq);
        if (slot.pending.size === 0) slot.worker.unref();
        p?.resolve(verdicts.map((v) => ({ ...v, classifierVersion: JOB_CLASSIFIER_VERSION })));
      })
      .on('error', failAll)
      .on('exit', (code) => failAll(new Error(`a classifier thread stopped (exit code ${code})`)));
    workers.push(slot);
  }
  return {
    threads: count,
    classify(ads) {
      if (closed) return Promise.reject(new Error('the classifier threads are closed'));
      const slot = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const texts: string[] = [];
      for (const ad of ads) texts.push(ad.title ?? '', ad.description ?? '');
      const id = seq++;
      return new Promise<AdClassification[]>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref(); // busy: keeps the process alive until it answers
        slot.worker.postMessage({ seq: id, texts } satisfies ClassifyRequest);
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
