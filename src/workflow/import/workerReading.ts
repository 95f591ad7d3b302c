// The main thread's side of reading an import's table on a worker thread (readWorker.ts).
//
// Decisions:
// - The worker opens the table and sends its metadata; the main thread chooses the mapping and sends it
//   with the master data; the worker then streams the mapped values in columns (valueColumns.ts).
// - Counts of observations are applied as they arrive; batches, the end and errors are taken in order, so
//   an error in the file surfaces after the values read before it, as on the main thread.
// - The worker keeps the process alive only while it reads; it is ended at the end, on any error, and when
//   the caller stops early (conflict, failed write): `close()`, or leaving the batches' loop.
import type { Worker } from 'node:worker_threads';
import type { TableOptions } from '../../ingest/mapping/index.js';
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import { LeadTaker, leadMemory } from '../../parallel/leadLimit.js';
import { startWorker } from '../../parallel/startWorker.js';
import type { ImportValue } from './types.js';
import type { TableReading } from './tableReading.js';
import { decodeValues } from './valueColumns.js';
import { fromWire, type FromWorker, type ToWorker } from './workerProtocol.js';

/** The reading workers started and not yet ended (a test checks that none is left behind). */
const running = new Set<Worker>();

export function runningReadingWorkers(): number {
  return running.size;
}

/** What the batches' loop takes: the worker's messages, an error it did not catch, its unexpected end. */
type Taken =
  | Exclude<FromWorker, { type: 'progress' }>
  | { type: 'crash'; error: Error }
  | { type: 'exit'; code: number };

/** The table `file` opened on a new worker thread; rejects with the worker's error (same class and message). */
export async function openInWorker(
  file: string,
  format: string | undefined,
  options: TableOptions | undefined,
): Promise<TableReading> {
  const worker = startWorker(import.meta.url, 'readWorker');
  running.add(worker);
  worker.once('exit', () => running.delete(worker));
  const inbox = new Inbox(worker);
  inbox.send({ type: 'open', file, format, options });
  const opened = await inbox.take();
  if (opened.type !== 'opened') {
    await inbox.close();
    throw inbox.failure(opened);
  }
  let readerSkips: SkipCount[] | null = null;
  let mappedSkips: SkipCount[] | null = null;
  let started = false;
  const metadata = opened.metadata;
  return {
    format: opened.format,
    metadata,
    inWorker: true,
    map(plan, onObservations) {
      if (started) throw new Error('a table is mapped once');
      started = true;
      inbox.onObservations = onObservations;
      const lead = leadMemory();
      const taker = new LeadTaker(lead);
      inbox.send({ type: 'map', plan, lead });
      const batches = async function* (): AsyncGenerator<ImportValue[]> {
        try {
          for (;;) {
            const message = await inbox.take();
            if (message.type === 'batch') {
              taker.took();
              yield decodeValues(message.values);
            } else if (message.type === 'end') {
              Object.assign(metadata, message.metadata);
              readerSkips = message.readerSkips;
              mappedSkips = message.mappedSkips;
              return;
            } else {
              throw inbox.failure(message);
            }
          }
        } finally {
          await inbox.close();
        }
      };
      return {
        batches: batches(),
        skipped: () => {
          if (mappedSkips === null) throw new Error('skipped() before the batches were read');
          return mappedSkips;
        },
      };
    },
    readerSkips: () => {
      if (readerSkips === null) throw new Error('readerSkips() before the batches were read');
      return readerSkips;
    },
    close: () => inbox.close(),
  };
}

/** The worker's messages in order, one at a time; counts of observations are applied on arrival. */
class Inbox {
  private readonly queue: Taken[] = [];
  private waiting: ((message: Taken) => void) | null = null;
  private closed = false;
  private observations = 0;
  onObservations: ((total: number) => void) | null = null;

  constructor(private readonly worker: Worker) {
    worker.ref();
    worker
      .on('message', (message: FromWorker) => {
        if ('observations' in message && message.observations > this.observations) {
          this.observations = message.observations;
          this.onObservations?.(message.observations);
        }
        if (message.type !== 'progress') this.put(message);
      })
      .on('error', (error) => this.put({ type: 'crash', error }))
      .on('exit', (code) => this.put({ type: 'exit', code }));
  }

  send(message: ToWorker): void {
    if (!this.closed) this.worker.postMessage(message);
  }

  take(): Promise<Taken> {
    const next = this.queue.shift();
    if (next) return Promise.resolve(next);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The error a message other than the expected one stands for. */
  failure(message: Taken): Error {
    if (message.type === 'error') return fromWire(message.error);
    if (message.type === 'crash') return message.error;
    if (message.type === 'exit') {
      return new Error(`the worker reading the table stopped unexpectedly (exit code ${message.code})`);
    }
    return new Error(`the worker reading the table sent "${message.type}" out of order`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onObservations = null;
    await this.worker.terminate();
    running.delete(this.worker);
  }

  private put(message: Taken): void {
    // Once closed, only a loop still waiting hears of the end (the worker's exit).
    if (this.closed && !this.waiting) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting(message);
    } else {
      this.queue.push(message);
    }
  }
}
