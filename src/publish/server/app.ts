// The Hono application: security headers, the API under /api, the dashboard; errors become JSON in one place.
import { Hono } from 'hono';
import { EngineError } from '../../engine/errors.js';
import { IngestError } from '../../ingest/errors.js';
import { SpecError } from '../../spec/errors.js';
import { StoreError } from '../../store/errors.js';
import type { Store } from '../../store/index.js';
import { apiApp, ApiCache } from '../api/index.js';
import { errorBody, HttpError } from './httpError.js';
import { normaliseOptions, type ServerOptions, type ServerOptionsInput } from './options.js';
import { securityHeaders } from './securityHeaders.js';
import { staticFiles } from './staticFiles.js';

export interface AppHandle {
  app: Hono;
  cache: ApiCache;
  options: ServerOptions;
}

/** The application over a store; options are normalised here, once. */
export function createApp(store: Store, input: ServerOptionsInput | ServerOptions = {}): AppHandle {
  const options = isNormalised(input) ? input : normaliseOptions(input);
  const cache = new ApiCache(store);
  const app = new Hono();
  app.use('*', securityHeaders());
  app.route('/api', apiApp(cache, options.token));
  app.all('/api', (c) => c.json(errorBody(404, 'see /api/openapi.json for the endpoints'), 404));
  app.all('/api/*', (c) =>
    c.json(errorBody(404, `no endpoint ${c.req.method} ${c.req.path} (see /api/openapi.json)`), 404),
  );
  app.use('*', staticFiles(options.staticDir));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json(errorBody(404, `no endpoint ${c.req.method} ${c.req.path}`), 404)
      : c.text('Not found', 404),
  );
  app.onError((error, c) => {
    const { status, message } = classify(error);
    if (status >= 500)
      process.stderr.write(`digitalindex serve: ${c.req.method} ${c.req.path}: ${describe(error)}\n`);
    return c.json(errorBody(status, message), status as 400);
  });
  return { app, cache, options };
}

function isNormalised(input: ServerOptionsInput | ServerOptions): input is ServerOptions {
  return (
    typeof input.port === 'number' &&
    typeof input.host === 'string' &&
    'token' in input &&
    'staticDir' in input
  );
}

/** The one place errors of the layers below become HTTP statuses. */
function classify(error: unknown): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  if (error instanceof SpecError || error instanceof IngestError)
    return { status: 422, message: error.message };
  if (error instanceof EngineError) return { status: 422, message: `computation error: ${error.message}` };
  if (error instanceof StoreError) return { status: 503, message: 'the database is not available' };
  return { status: 500, message: 'internal error' };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
