// The messages between the main thread and the reading worker of an import, and errors sent across.
//
// Order of a reading: main → `open`; worker → `opened` (format and metadata); main → `map` (the mapping and
// its master data); worker → `batch`… → `end`, never more than BATCHES_AHEAD batches ahead of those the
// main thread took (counted in the shared memory `lead`, see parallel/leadLimit.ts). Any failure → `error`
// instead, and the worker is ended.
import { IngestError } from '../../ingest/errors.js';
import type { TableOptions } from '../../ingest/mapping/index.js';
import type { SkipCount } from '../../ingest/readers/csv/skipTally.js';
import type { TableMetadata } from '../../ingest/readers/types.js';
import type { FormatName } from './openTable.js';
import type { MapPlan } from './tableReading.js';
import type { ValueColumns } from './valueColumns.js';

/** Batches the worker may post before the main thread has taken them (memory: a few batches of values). */
export const BATCHES_AHEAD = 4;

export type ToWorker =
  | { type: 'open'; file: string; format: string | undefined; options: TableOptions | undefined }
  | { type: 'map'; plan: MapPlan; lead: SharedArrayBuffer };

export type FromWorker =
  | { type: 'opened'; format: FormatName; metadata: TableMetadata }
  | { type: 'progress'; observations: number }
  | { type: 'batch'; observations: number; values: ValueColumns }
  | {
      type: 'end';
      observations: number;
      /** The metadata again: a reader may learn some only while reading (a CSV's encoding). */
      metadata: TableMetadata;
      readerSkips: SkipCount[];
      mappedSkips: SkipCount[];
    }
  | { type: 'error'; error: WireError };

/** An error as it crosses threads: an IngestError by its fields, any other by name, message and stack. */
export type WireError =
  | {
      kind: 'ingest';
      file: string;
      line: number | null;
      field: string | null;
      problem: string;
      stack?: string;
    }
  | { kind: 'other'; name: string; message: string; stack?: string; props: Record<string, unknown> };

export function toWire(error: unknown): WireError {
  if (error instanceof IngestError) {
    return {
      kind: 'ingest',
      file: error.file,
      line: error.line,
      field: error.field,
      problem: error.problem,
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  if (error instanceof Error) {
    const props: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) if (isPlain(value)) props[key] = value;
    return {
      kind: 'other',
      name: error.name,
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
      props,
    };
  }
  return { kind: 'other', name: 'Error', message: String(error), props: {} };
}

const STANDARD: Record<string, new (message: string) => Error> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

/** The error again, of the same class (IngestError, or a standard one) with the same message and fields. */
export function fromWire(wire: WireError): Error {
  if (wire.kind === 'ingest') {
    const error = new IngestError(wire.file, wire.line, wire.field, wire.problem);
    if (wire.stack) error.stack = wire.stack;
    return error;
  }
  const error = new (STANDARD[wire.name] ?? Error)(wire.message);
  if (error.name !== wire.name) error.name = wire.name;
  Object.assign(error, wire.props);
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/** Fields worth carrying over (e.g. code, errno, path of a system error): those a structured clone keeps. */
function isPlain(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
