// The job-board client's runs (parameters, progress, status) and every raw response it received.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { RawResponse } from '../fetch/client.js';
import type { JobFetchRunTable } from './tables.js';

export type FetchRun = Selectable<JobFetchRunTable>;
export type RunStatus = 'running' | 'done' | 'failed';

/** The latest run with these parameters that did not finish (a crash, an error, a page limit), if any. */
export async function unfinishedRun(
  db: Kysely<Database>,
  baseUrl: string,
  params: string,
): Promise<FetchRun | undefined> {
  return db
    .selectFrom('job_fetch_runs')
    .selectAll()
    .where('base_url', '=', baseUrl)
    .where('params', '=', params)
    .where('status', '!=', 'done')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function startRun(db: Kysely<Database>, baseUrl: string, params: string): Promise<FetchRun> {
  return db
    .insertInto('job_fetch_runs')
    .values({
      base_url: baseUrl,
      params,
      started_at: new Date().toISOString(),
      finished_at: null,
      pages_done: 0,
      total: null,
      status: 'running',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateRun(
  db: Kysely<Database>,
  id: number,
  change: { pagesDone?: number; total?: number | null; status?: RunStatus },
): Promise<void> {
  await db
    .updateTable('job_fetch_runs')
    .set({
      ...(change.pagesDone === undefined ? {} : { pages_done: change.pagesDone }),
      ...(change.total === undefined ? {} : { total: change.total }),
      ...(change.status === undefined ? {} : { status: change.status }),
      ...(change.status === 'done' ? { finished_at: new Date().toISOString() } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function storeResponse(
  db: Kysely<Database>,
  runId: number,
  kind: 'search' | 'details',
  response: RawResponse,
  where: { page?: number; refnr?: string },
): Promise<void> {
  await db
    .insertInto('job_responses')
    .values({
      run_id: runId,
      kind,
      page: where.page ?? null,
      refnr: where.refnr ?? null,
      url: response.url,
      status: response.status,
      fetched_at: new Date().toISOString(),
      sha256: createHash('sha256').update(response.body).digest('hex'),
      body: response.body,
    })
    .execute();
}

export async function listResponses(
  db: Kysely<Database>,
  runId?: number,
): Promise<Selectable<Database['job_responses']>[]> {
  let query = db.selectFrom('job_responses').selectAll().orderBy('id');
  if (runId !== undefined) query = query.where('run_id', '=', runId);
  return query.execute();
}
