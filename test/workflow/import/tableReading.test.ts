// Which thread reads a table: large GENESIS and CSV files a worker, small files and workbooks the main thread,
// unless the request (or DIGITALINDEX_IMPORT_WORKER) says otherwise; a reading closed early ends its worker.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openReading, WORKER_MIN_BYTES } from '../../../src/workflow/import/tableReading.js';
import { runningReadingWorkers } from '../../../src/workflow/import/workerReading.js';
import { FFCSV_NAME, populationFfcsv, ruhrPopulation, tempDir, writeFixture } from './fixtures.js';

const CORPUS = fileURLToPath(new URL('../../fixtures-malformed/', import.meta.url));

describe('choosing the thread that reads a table', () => {
  let small: string;
  let large: string;
  beforeAll(() => {
    const dir = tempDir('reading-test-');
    const text = populationFfcsv(ruhrPopulation());
    small = writeFixture(dir, FFCSV_NAME, text);
    // The same rows over and over, to just above the size from which a worker reads.
    const [header, ...rows] = text.split('\n');
    const body = rows.join('\n');
    const copies = Math.ceil(WORKER_MIN_BYTES / Buffer.byteLength(body)) + 1;
    large = writeFixture(
      dir,
      `large_${FFCSV_NAME}`,
      header + '\n' + Array<string>(copies).fill(body).join(''),
    );
  });
  afterEach(() => {
    delete process.env.DIGITALINDEX_IMPORT_WORKER;
  });

  const opened = async (file: string, worker?: boolean, format?: string, databaseInProcess = true) => {
    const reading = await openReading({ file, format, options: undefined, worker, databaseInProcess });
    try {
      return { inWorker: reading.inWorker, format: reading.format, title: reading.metadata.tableCode };
    } finally {
      await reading.close();
      await reading.close(); // twice is harmless
    }
  };

  it('reads a large GENESIS file on a worker, a small one and a workbook-free CSV of 3 rows here', async () => {
    expect(await opened(large)).toEqual({ inWorker: true, format: 'genesis-ffcsv', title: '12411-01-01-5' });
    expect(await opened(small)).toEqual({ inWorker: false, format: 'genesis-ffcsv', title: '12411-01-01-5' });
    expect((await opened(join(CORPUS, 'good.csv'))).inWorker).toBe(false);
    expect(runningReadingWorkers()).toBe(0);
  });

  it('leaves a large file on the main thread when the database is a server (PostgreSQL)', async () => {
    expect((await opened(large, undefined, undefined, false)).inWorker).toBe(false);
    expect((await opened(large, true, undefined, false)).inWorker).toBe(true);
    process.env.DIGITALINDEX_IMPORT_WORKER = '1';
    expect((await opened(large, undefined, undefined, false)).inWorker).toBe(true);
  });

  it('follows the request, then the environment, before the size', async () => {
    expect((await opened(small, true)).inWorker).toBe(true);
    expect((await opened(large, false)).inWorker).toBe(false);
    process.env.DIGITALINDEX_IMPORT_WORKER = '0';
    expect((await opened(large)).inWorker).toBe(false);
    expect((await opened(large, true)).inWorker).toBe(true);
    process.env.DIGITALINDEX_IMPORT_WORKER = '1';
    expect((await opened(small)).inWorker).toBe(true);
    expect(runningReadingWorkers()).toBe(0);
  });

  it('ends the worker of a reading closed before its values were read, and of one that never opened', async () => {
    const reading = await openReading({
      file: large,
      format: undefined,
      options: undefined,
      worker: true,
      databaseInProcess: true,
    });
    expect(runningReadingWorkers()).toBe(1);
    await reading.close();
    expect(runningReadingWorkers()).toBe(0);
    await expect(
      openReading({
        file: join(CORPUS, 'empty.csv'),
        format: undefined,
        options: undefined,
        worker: true,
        databaseInProcess: true,
      }),
    ).rejects.toThrow(`${join(CORPUS, 'empty.csv')}: the file is empty`);
    expect(runningReadingWorkers()).toBe(0);
  });
});
