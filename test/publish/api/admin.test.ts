// Write endpoints: absent without a configured token, 401/403 with a missing or wrong one, working with the right one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  EditionsResponse,
  ImportResponse,
  RecomputeResponse,
  ResultsResponse,
} from '../../../src/publish/api/types.js';
import { watchDatabase } from '../../../src/publish/server/index.js';
import type { Store } from '../../../src/store/index.js';
import { computeEdition } from '../../../src/workflow/computeEdition.js';
import { FFCSV_NAME, populationFfcsv, ruhrPopulation } from '../../workflow/import/fixtures.js';
import { appOver, demoStore, getJson } from './helpers.js';

const DORTMUND = '05913000';
const TOKEN = 'a-long-enough-test-token-0123456789';

let store: Store;

beforeAll(async () => {
  store = await demoStore();
}, 60_000);

afterAll(async () => {
  await store.close();
});

const post = (path: string, init: RequestInit = {}) => ({ ...init, method: 'POST' });

describe('without a configured token', () => {
  it.each(['/api/admin/recompute', '/api/admin/import?edition=2026&fileName=x.csv'])(
    '%s is 404',
    async (path) => {
      const handle = appOver(store);
      const response = await handle.app.request(path, {
        ...post(path),
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { status: 404 } });
    },
  );
});

describe('with a configured token', () => {
  it('refuses a request without a token (401) and with a wrong one (403)', async () => {
    const handle = appOver(store, { token: TOKEN });
    const missing = await handle.app.request('/api/admin/recompute', { method: 'POST' });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const wrong = await handle.app.request('/api/admin/recompute', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: { status: 403, message: 'the token is not valid' } });
  });

  it('recomputes every edition and unit set, and the API serves the new computation', async () => {
    const handle = appOver(store, { token: TOKEN });
    const before = (await getJson<EditionsResponse>(handle, '/api/editions')).body;
    const response = await handle.app.request('/api/admin/recompute', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as RecomputeResponse;
    expect(body.recomputed).toEqual([
      { edition: 2024, unitSet: 'municipalities' },
      { edition: 2024, unitSet: 'regions' },
      { edition: 2025, unitSet: 'municipalities' },
      { edition: 2025, unitSet: 'regions' },
    ]);
    const after = (await getJson<EditionsResponse>(handle, '/api/editions')).body;
    expect(after.editions[1]!.computedAt! >= before.editions[1]!.computedAt!).toBe(true);
    // The cached body was dropped: a new computation means new timestamps.
    expect(after.editions[1]!.computedAt).not.toBe(before.editions[1]!.computedAt);
  });

  it('rejects a bad recompute body (400) and an unknown edition (404)', async () => {
    const handle = appOver(store, { token: TOKEN });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const bad = await handle.app.request('/api/admin/recompute', {
      method: 'POST',
      headers,
      body: '{"edition":"x"}',
    });
    expect(bad.status).toBe(400);
    const notJson = await handle.app.request('/api/admin/recompute', { method: 'POST', headers, body: '{' });
    expect(notJson.status).toBe(400);
    const unknown = await handle.app.request('/api/admin/recompute', {
      method: 'POST',
      headers,
      body: '{"edition":1990}',
    });
    expect(unknown.status).toBe(404);
  });

  it('imports a table (409 on conflicts, then with replace), recomputes the edition and serves the new values', async () => {
    const handle = appOver(store, { token: TOKEN });
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' };
    const dortmund = async () =>
      (await getJson<ResultsResponse>(handle, '/api/editions/2025/results')).body.rows.find(
        (r) => r.code === DORTMUND,
      )!;
    const before = await dortmund();
    // The demo's 2025 population differs from this file's (master data + 100): a conflict, nothing written.
    const file = populationFfcsv(ruhrPopulation(100_000));
    const conflict = await handle.app.request(`/api/admin/import?edition=2025&fileName=${FFCSV_NAME}`, {
      method: 'POST',
      headers,
      body: file,
    });
    expect(conflict.status).toBe(409);
    const message = ((await conflict.json()) as { error: { message: string } }).error.message;
    expect(message).toContain(FFCSV_NAME);
    expect(message).not.toMatch(/digitalindex-upload-/);
    expect(await dortmund()).toEqual(before);

    const response = await handle.app.request(
      `/api/admin/import?edition=2025&fileName=${FFCSV_NAME}&replace=true`,
      { method: 'POST', headers, body: file },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as ImportResponse;
    expect(body).toMatchObject({
      edition: 2025,
      fileName: FFCSV_NAME,
      counts: { changed: 53 },
      recomputeError: null,
    });
    expect(body.recomputed).toEqual(['municipalities', 'regions']);
    // Research institutions per inhabitant fall when 100,000 inhabitants are added to every municipality.
    const after = await dortmund();
    expect(after.raw.research_institutions!).toBeLessThan(before.raw.research_institutions!);
  }, 30_000);

  it('reports a committed import into a new edition that cannot be computed yet', async () => {
    const handle = appOver(store, { token: TOKEN });
    const response = await handle.app.request(`/api/admin/import?edition=2026&fileName=${FFCSV_NAME}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: populationFfcsv(ruhrPopulation()),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ImportResponse;
    expect(body.counts.new).toBe(53);
    expect(body.recomputed).toEqual([]);
    expect(body.recomputeError).toMatch(/no data column/);
    expect((await getJson<EditionsResponse>(handle, '/api/editions')).body.latest).toBe(2026);
  }, 30_000);

  it('checks the import parameters', async () => {
    const handle = appOver(store, { token: TOKEN });
    const headers = { authorization: `Bearer ${TOKEN}` };
    for (const query of ['edition=x&fileName=a.csv', 'edition=2026&fileName=../etc/passwd', 'edition=2026']) {
      const response = await handle.app.request(`/api/admin/import?${query}`, {
        method: 'POST',
        headers,
        body: 'a;b',
      });
      expect(response.status, query).toBe(400);
    }
    const empty = await handle.app.request('/api/admin/import?edition=2026&fileName=a.csv', {
      method: 'POST',
      headers,
    });
    expect(empty.status).toBe(400);
    const garbage = await handle.app.request('/api/admin/import?edition=2026&fileName=a.csv', {
      method: 'POST',
      headers,
      body: 'not a table at all',
    });
    expect(garbage.status).toBe(422);
  });
});

describe('changes by other processes', () => {
  it('drop the cache when a computation is saved elsewhere', async () => {
    const handle = appOver(store);
    const stop = await watchDatabase(handle.cache, 20);
    try {
      const before = (await getJson<EditionsResponse>(handle, '/api/editions')).body.editions[1]!.computedAt;
      await computeEdition(store, 2025, 'municipalities');
      // The watcher polls every 20 ms; wait for it to notice (polling, not timing: up to 5 s).
      let after = before;
      for (let i = 0; i < 250 && after === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        after = (await getJson<EditionsResponse>(handle, '/api/editions')).body.editions[1]!.computedAt;
      }
      expect(after).not.toBe(before);
    } finally {
      stop();
    }
  });
});
