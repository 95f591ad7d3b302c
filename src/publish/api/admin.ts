// The write endpoints under /api/admin: off (404) unless a token is configured; bearer token checked in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { EngineError } from '../../engine/errors.js';
import { IngestError } from '../../ingest/errors.js';
import { StoreError } from '../../store/errors.js';
import { listEditions } from '../../store/editions.js';
import { listUnits, listUnitSets } from '../../store/units.js';
import { computeEdition } from '../../workflow/computeEdition.js';
import { badRequest, HttpError, notFound } from '../server/httpError.js';
import type { ApiCache } from './cache.js';
import { parseYear } from './params.js';
import type { ImportResponse, RecomputeResponse } from './types.js';

/** Largest accepted upload. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export function adminRoutes(cache: ApiCache, token: string | null): Hono {
  const admin = new Hono();
  admin.use('*', requireToken(token));
  let queue: Promise<unknown> = Promise.resolve();
  /** Writes run one after another; the cache is dropped after each. */
  const serialised = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next.finally(() => cache.invalidate());
  };

  admin.post('/recompute', async (c) => {
    const body = await optionalJson(c.req.raw);
    const edition = body?.edition;
    if (edition !== undefined && (typeof edition !== 'number' || !Number.isInteger(edition))) {
      throw badRequest('edition must be an integer year');
    }
    const response = await serialised(async (): Promise<RecomputeResponse> => {
      const years = (await listEditions(cache.store.db)).map((e) => e.year);
      if (edition !== undefined && !years.includes(edition)) {
        throw notFound(`edition ${edition} is not in the database (editions: ${years.join(', ') || 'none'})`);
      }
      const recomputed: RecomputeResponse['recomputed'] = [];
      for (const year of edition === undefined ? years : [edition]) {
        for (const unitSet of await computableUnitSets(cache)) {
          await computeEdition(cache.store, year, unitSet);
          recomputed.push({ edition: year, unitSet });
        }
      }
      return { recomputed };
    });
    return c.json(response);
  });

  admin.post('/import', async (c) => {
    const year = parseYear(c.req.query('edition') ?? '');
    const fileName = c.req.query('fileName') ?? '';
    if (!/^[\w.-]{1,200}$/.test(fileName) || fileName.startsWith('.')) {
      throw badRequest('fileName must be a plain file name (letters, digits, _ . -), e.g. 12411-01-01-5.csv');
    }
    const replace = c.req.query('replace') === 'true';
    const length = Number(c.req.header('content-length') ?? NaN);
    if (Number.isFinite(length) && length > MAX_IMPORT_BYTES)
      throw new HttpError(413, 'the file is too large');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw badRequest('the request body must be the table file to import');
    if (bytes.length > MAX_IMPORT_BYTES) throw new HttpError(413, 'the file is too large');
    const response = await serialised(async (): Promise<ImportResponse> => {
      const dir = await mkdtemp(join(tmpdir(), 'digitalindex-upload-'));
      const file = join(dir, fileName);
      try {
        await writeFile(file, bytes);
        // Loaded on first use: the import machinery is large and only the admin needs it.
        const { importTable, ImportConflictError } = await import('../../workflow/importTable.js');
        const report = await importTable(cache.store, { file, edition: year, replace }).catch(
          (error: unknown) => {
            throw clientError(error, dir, ImportConflictError);
          },
        );
        const recomputed: string[] = [];
        let recomputeError: string | null = null;
        if (report.applied) {
          // The import is committed; an edition that cannot be computed yet (e.g. a new one with one table)
          // is reported, not turned into a failure of the import.
          try {
            for (const unitSet of await computableUnitSets(cache)) {
              await computeEdition(cache.store, year, unitSet);
              recomputed.push(unitSet);
            }
          } catch (error) {
            if (!(error instanceof EngineError || error instanceof StoreError)) throw error;
            recomputeError = error.message;
          }
        }
        const { new: added, changed, unchanged } = report.counts;
        return {
          edition: year,
          fileName,
          counts: { new: added, changed, unchanged, skipped: report.counts.skipped ?? 0 },
          recomputed,
          recomputeError,
        };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
    return c.json(response);
  });

  return admin;
}

async function computableUnitSets(cache: ApiCache): Promise<string[]> {
  const out: string[] = [];
  for (const set of await listUnitSets(cache.store.db)) {
    if ((await listUnits(cache.store.db, set.code)).length > 0) out.push(set.code);
  }
  return out;
}

/** 404 when no token is configured (the endpoints do not exist), 401 without a bearer token, 403 with a wrong one. */
export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null)
      throw notFound('not found: the write endpoints are off (no admin token configured)');
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      c.header('www-authenticate', 'Bearer');
      throw new HttpError(401, 'this endpoint needs an Authorization: Bearer TOKEN header');
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) throw new HttpError(403, 'the token is not valid');
    await next();
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

async function optionalJson(request: Request): Promise<Record<string, unknown> | null> {
  const text = await request.text();
  if (text.trim() === '') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw badRequest('the request body must be empty or a JSON object such as {"edition": 2025}');
  }
}

/** Input problems become 422 (409 for conflicts) with the temporary directory taken out of the message. */
function clientError(error: unknown, dir: string, conflict: new (...args: never[]) => Error): unknown {
  if (!(error instanceof IngestError)) return error;
  const message = error.message.split(dir + '/').join('');
  return new HttpError(error instanceof conflict ? 409 : 422, message);
}
