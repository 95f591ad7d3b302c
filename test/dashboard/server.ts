// The real server for the browser tests: the API app over a temporary SQLite database with the bundled demo data.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createApp, ensureComputed, listen } from '../../src/publish/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';

export interface TestServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export const WEB_DIR = resolve('dist/web');

/** Builds the dashboard when dist/web is missing (esbuild, about a second). */
export function ensureWebBuilt(): void {
  if (!existsSync(join(WEB_DIR, 'index.html')))
    execFileSync(process.execPath, [resolve('scripts/build-web.mjs')], { stdio: 'inherit' });
}

/**
 * Starts the server on 127.0.0.1 and a random port; `prepare` may change the database first (e.g. hostile
 * names), before anything is cached; `dir` is the test's temporary folder.
 */
export async function startServer(
  prepare?: (store: Store, dir: string) => Promise<void>,
): Promise<TestServer> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'digitalindex-dashboard-'));
  const store = await openStore(join(dir, 'dashboard.db'));
  await ensureComputed(store);
  if (prepare) await prepare(store, dir);
  const { app } = createApp(store, { host: '127.0.0.1', port: 0, staticDir: WEB_DIR });
  const server = await listen(app, { host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
