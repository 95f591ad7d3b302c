// The dashboard's files: content types, caching of hashed assets, favicon, SPA fallback, no escape from the directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppHandle } from '../../../src/publish/server/index.js';
import { IMMUTABLE } from '../../../src/publish/server/staticFiles.js';
import type { Store } from '../../../src/store/index.js';
import { appOver, demoStore } from './helpers.js';

const INDEX =
  '<!doctype html><html lang="de"><head><script type="module" src="/assets/main-AB12CD34.js"></script></head><body></body></html>';

const EMBED =
  '<!doctype html><html lang="de"><head><script type="module" src="../assets/main-AB12CD34.js"></script></head></html>';

let store: Store;
let dir: string;
let handle: AppHandle;

beforeAll(async () => {
  store = await demoStore();
  dir = mkdtempSync(join(tmpdir(), 'web-test-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'main-AB12CD34.js'), 'console.log(1);\n');
  writeFileSync(join(dir, 'assets', 'style-ZX98YW76.css'), 'body{}\n');
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
  mkdirSync(join(dir, 'embed'));
  writeFileSync(join(dir, 'embed', 'index.html'), EMBED);
  writeFileSync(join(tmpdir(), `outside-${process.pid}.txt`), 'secret');
  handle = appOver(store, { staticDir: dir });
}, 60_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), `outside-${process.pid}.txt`), { force: true });
});

describe('static files', () => {
  it('serves index.html at / with revalidation', async () => {
    const response = await handle.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it.each([
    ['/assets/main-AB12CD34.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['/assets/style-ZX98YW76.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['/robots.txt', 'text/plain; charset=utf-8', 'no-cache'],
  ])('%s as %s, cache-control %s', async (path, type, cache) => {
    const response = await handle.app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('cache-control')).toBe(cache);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await handle.app.request('/assets/main-AB12CD34.js');
    const etag = first.headers.get('etag')!;
    const again = await handle.app.request('/assets/main-AB12CD34.js', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('falls back to index.html for deep links, not for missing assets or API paths', async () => {
    for (const path of ['/kommune/05913000', '/de/vergleich', '/methodik?lang=en']) {
      const response = await handle.app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
    expect((await handle.app.request('/assets/missing-12345678.js')).status).toBe(404);
    const api = await handle.app.request('/api/unknown/path');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
  });

  it("serves a folder's index.html under the URL with a slash, and falls back to it below", async () => {
    const redirect = await handle.app.request('/embed?view=map');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/embed/?view=map');
    for (const path of ['/embed/', '/embed/?view=map', '/embed/deep/link']) {
      const response = await handle.app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(EMBED);
    }
  });

  it('serves a favicon even when the build has none', async () => {
    const response = await handle.app.request('/favicon.ico');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // ICO header: reserved 0, type 1 (icon), one image of 16 × 16.
    expect([...bytes.slice(0, 8)]).toEqual([0, 0, 1, 0, 1, 0, 16, 16]);
    expect(bytes.length).toBe(6 + 16 + 40 + 16 * 16 * 4 + 64);
  });

  it('never serves files outside the directory', async () => {
    for (const path of [
      `/../outside-${process.pid}.txt`,
      `/%2e%2e/outside-${process.pid}.txt`,
      `/assets/%2e%2e/%2e%2e/outside-${process.pid}.txt`,
      '/%00',
      '/%E0%A4%A',
    ]) {
      const response = await handle.app.request(path);
      expect([400, 404], path).toContain(response.status);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('says that the dashboard is not built when there is no directory, without scripts', async () => {
    const bare = appOver(store);
    const response = await bare.app.request('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/api/openapi.json');
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  it('answers HEAD like GET, without a body', async () => {
    for (const path of ['/', '/api/editions', '/assets/main-AB12CD34.js']) {
      const response = await handle.app.request(path, { method: 'HEAD' });
      expect(response.status, path).toBe(200);
      expect((await response.arrayBuffer()).byteLength, path).toBe(0);
    }
  });

  it('survives malformed escapes in API paths', async () => {
    for (const path of [
      '/api/editions/%E0%A4%A/results',
      '/api/editions/2025/units/%',
      '/api/editions/%ZZ/structure',
    ]) {
      const response = await handle.app.request(path);
      expect([400, 404], path).toContain(response.status);
    }
  });
});
