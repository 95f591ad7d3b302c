// The API gives the same answers over every database (SQLite in memory and in a file; PostgreSQL when configured).
import { afterAll, describe, expect, it } from 'vitest';
import type { ResultsResponse, UnitProfileResponse } from '../../../src/publish/api/types.js';
import { databases } from '../../store/databases.js';
import { appOver, demoStore, getJson } from './helpers.js';

const PATHS = [
  '/api/editions/2025/results',
  '/api/editions/2025/results?unitSet=regions',
  '/api/editions/2024/units/05913000',
  '/api/editions/2025/structure',
  '/api/sources',
];

/** The bodies without what differs by nature (computation timestamps). */
async function answers(location: string): Promise<unknown[]> {
  const store = await demoStore(location);
  try {
    const handle = appOver(store);
    const out: unknown[] = [];
    for (const path of PATHS) {
      const { status, body } = await getJson<ResultsResponse | UnitProfileResponse>(handle, path);
      expect(status, path).toBe(200);
      out.push(
        JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'computedAt' ? null : value))),
      );
    }
    return out;
  } finally {
    await store.close();
  }
}

describe('the API over each database', () => {
  afterAll(async () => {
    for (const database of databases) await database.cleanup();
  });

  it('answers identically', async () => {
    const [first, ...others] = databases;
    const expected = await answers(await first!.freshLocation());
    for (const database of others) {
      expect(await answers(await database.freshLocation()), database.name).toEqual(expected);
    }
  }, 120_000);
});
