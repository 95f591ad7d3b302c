// The worker thread of an import: opens the table, tells the main thread its metadata, then reads and maps
// it with the mapping it is sent and posts the values in columns, a few batches ahead at most.
import { parentPort } from 'node:worker_threads';
import { LeadLimit } from '../../parallel/leadLimit.js';
import { mapOpened, type MapPlan } from './tableReading.js';
import { openTable, type OpenedTable } from './openTable.js';
import { encodeValues, transferList } from './valueColumns.js';
import { BATCHES_AHEAD, toWire, type FromWorker, type ToWorker } from './workerProtocol.js';

/** Observations read without a batch to carry their count: the main thread hears of them anyway. */
const PROGRESS_EVERY = 50_000;

const port = parentPort!;
let table: OpenedTable | null = null;

const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const fail = (error: unknown) => post({ type: 'error', error: toWire(error) });

port.on('message', (message: ToWorker) => {
  if (message.type === 'open') {
    openTable(message.file, message.format, message.options).then((opened) => {
      table = opened;
      post({ type: 'opened', format: opened.format, metadata: { ...opened.metadata } });
    }, fail);
  } else {
    stream(table!, message.plan, new LeadLimit(message.lead, BATCHES_AHEAD)).catch(fail);
  }
});

async function stream(opened: OpenedTable, plan: MapPlan, lead: LeadLimit): Promise<void> {
  let observations = 0;
  let told = 0;
  const mapped = mapOpened(opened, plan, (total) => {
    observations = total;
    if (total - told >= PROGRESS_EVERY) {
      told = total;
      post({ type: 'progress', observations });
    }
  });
  for await (const batch of mapped.batches) {
    await lead.next();
    const values = encodeValues(batch);
    told = observations;
    post({ type: 'batch', observations, values }, transferList(values));
  }
  post({
    type: 'end',
    observations,
    metadata: { ...opened.metadata },
    readerSkips: opened.readerSkips(),
    mappedSkips: mapped.skipped(),
  });
}
