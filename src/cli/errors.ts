// Turns every error type of the layers below into a message and an exit code, in this one place.
import { EngineError } from '../engine/errors.js';
import { IngestError } from '../ingest/errors.js';
import { SpecError } from '../spec/errors.js';
import { StoreError } from '../store/errors.js';

/** Exit codes: 0 success, 1 unexpected failure, 2 usage (commander), 3 bad input, 4 database, 5 computation. */
export const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3, store: 4, engine: 5 } as const;

export function handleFailure(error: unknown): number {
  if (error instanceof SpecError || error instanceof IngestError)
    return report('input error', error, EXIT.input);
  if (error instanceof StoreError) return report('database error', error, EXIT.store);
  if (error instanceof EngineError) return report('computation error', error, EXIT.engine);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`digitalindex: unexpected error: ${message}\n`);
  return EXIT.unexpected;
}

function report(kind: string, error: Error, code: number): number {
  process.stderr.write(`digitalindex: ${kind}: ${error.message}\n`);
  return code;
}
