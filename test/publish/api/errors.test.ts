// Bad parameters get 400 or 404 with a message in the JSON error shape, never a 500 (also for random input).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../../src/publish/api/types.js';
import type { AppHandle } from '../../../src/publish/server/index.js';
import type { Store } from '../../../src/store/index.js';
import { appOver, demoStore } from './helpers.js';

let store: Store;
let handle: AppHandle;

beforeAll(async () => {
  store = await demoStore();
  handle = appOver(store);
  // Warm the cache so the property test measures parameter handling, not the first computation.
  await handle.app.request('/api/editions/2025/rank-stats');
}, 60_000);

afterAll(async () => {
  await store.close();
});

async function errorOf(path: string): Promise<{ status: number; message: string }> {
  const response = await handle.app.request(path);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorResponse;
  expect(body.error.status).toBe(response.status);
  expect(body.error.message.length).toBeGreaterThan(0);
  return { status: response.status, message: body.error.message };
}

describe('invalid parameters', () => {
  it.each([
    ['/api/editions/abc/results', 400, /edition must be a year/],
    ['/api/editions/2025.5/results', 400, /edition must be a year/],
    ['/api/editions/-1/structure', 400, /edition must be a year/],
    ['/api/editions/99999/results', 400, /edition must be a year/],
    ['/api/editions/1999/results', 404, /edition 1999 is not in the database \(editions: 2024, 2025\)/],
    ['/api/editions/2025/results?unitSet=cities', 400, /unitSet must be one of municipalities, regions/],
    ['/api/editions/2025/units/99999999', 404, /unit "99999999" is not in the database/],
    ['/api/editions/2025/units/05913000?unitSet=regions', 404, /not in unit set "regions"/],
    ['/api/editions/2025/units/a%20b', 400, /unit code must be/],
    ['/api/editions/2025/indicators/broadband', 404, /indicator "broadband" is not in edition 2025/],
    ['/api/editions/2025/download/secrets.csv', 400, /download must be TABLE.FORMAT/],
    ['/api/editions/2025/download/municipalities.exe', 400, /download must be TABLE.FORMAT/],
    ['/api/editions/2025/analysis/astrology', 404, /unknown analysis "astrology"/],
    ['/api/editions/2023/units/05913000', 404, /edition 2023/],
    ['/api/nowhere', 404, /no endpoint GET \/api\/nowhere/],
  ])('%s → %i', async (path, status, message) => {
    const error = await errorOf(path);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
  });

  it('an error message echoes at most a short piece of a long parameter', async () => {
    const long = 'x'.repeat(5000);
    const error = await errorOf(`/api/editions/2025/results?unitSet=${long}`);
    expect(error.status).toBe(400);
    expect(error.message.length).toBeLessThan(200);
  });
});

describe('random input (property)', () => {
  const segment = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '2025',
      '2024',
      '0',
      '-1',
      '1e3',
      '2025.0',
      'NaN',
      'Infinity',
      '%',
      '..',
      '<script>',
      'ruhr',
    ),
  );
  const enc = (s: string) => encodeURIComponent(s);
  const templates = [
    (a: string) => `/api/editions/${enc(a)}/results`,
    (a: string, b: string) => `/api/editions/2025/results?unitSet=${enc(b)}&${enc(a)}=${enc(b)}`,
    (a: string, b: string) => `/api/editions/${enc(a)}/units/${enc(b)}`,
    (a: string) => `/api/editions/2025/units/${enc(a)}`,
    (a: string) => `/api/editions/2025/indicators/${enc(a)}`,
    (a: string, b: string) => `/api/editions/2025/download/${enc(a)}.${enc(b)}`,
    (a: string) => `/api/editions/2025/analysis/${enc(a)}`,
    (a: string) => `/api/editions/2025/rank-stats?unitSet=${enc(a)}`,
    (a: string, b: string) => `/api/${enc(a)}/${enc(b)}`,
    (a: string) => `/api/editions/${enc(a)}/map.geojson`,
  ];

  it('never answers 500; errors are 400 or 404 in the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(templates.length - 1), segment, segment, async (t, a, b) => {
        const path = templates[t]!(a, b);
        const response = await handle.app.request(path);
        expect([200, 400, 404], path).toContain(response.status);
        if (response.status !== 200) {
          const body = (await response.json()) as ErrorResponse;
          expect(body.error.status).toBe(response.status);
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 60_000);
});
