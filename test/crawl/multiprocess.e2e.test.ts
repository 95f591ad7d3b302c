import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { postgresSchemas, postgresUrl } from '../store/postgres-env.js';
import { tempDir, writeFirmList } from './helpers.js';
import { page, startTestWeb, type SiteDefinition, type TestWeb } from './web/server.js';

const CLI = resolve('dist/src/cli/main.js');
const url = postgresUrl();

function hubSite(name: string): SiteDefinition {
  return {
    name,
    handler: (path) => {
      if (path === '/robots.txt') return { status: 404 };
      const links = ['/impressum', '/ueber-uns', '/leistungen', '/karriere', '/kontakt'];
      if (path === '/' || links.includes(path))
        return page(
          `${name} ${path}`,
          `<p>${name}: ${path} mit eigenem Text ${path.length * 31}.</p>`,
          links,
        );
      return undefined;
    },
  };
}

function run(cwd: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, DATABASE_URL: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout, stderr })));
}

describe.runIf(url !== undefined)('two crawler processes sharing one PostgreSQL frontier', () => {
  const names = Array.from({ length: 16 }, (_, i) => `m${String(i).padStart(2, '0')}`);
  const schemas = postgresSchemas(url ?? '');
  let web: TestWeb;
  let dir: string;

  beforeAll(async () => {
    web = await startTestWeb(names.map(hubSite));
    dir = tempDir();
    writeFirmList(
      dir,
      names.map((n) => [n, `${web.urls[n]}/`]),
    );
  });

  afterAll(async () => {
    await web?.close();
    await schemas.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('crawls every site once: no page is fetched by both processes', async () => {
    const db = await schemas.freshLocation();
    const imported = await run(dir, ['--db', db, 'crawl', 'import', 'firms.csv']);
    expect(imported.code).toBe(0);
    const args = ['--db', db, 'crawl', '--allow-private', '--delay-ms', '50', '--concurrency', '3', '--json'];
    const [a, b] = await Promise.all([run(dir, args), run(dir, args)]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);

    for (const n of names) {
      const paths = web.sites[n]!.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');
      expect(paths.length).toBe(new Set(paths).size);
    }
    const store = await openStore(db);
    try {
      const firms = await store.db.selectFrom('crawl_firms').select(['status', 'pages']).execute();
      expect(firms.every((f) => f.status === 'done' && f.pages === 6)).toBe(true);
      const workers = await store.db.selectFrom('crawl_requests').select('worker').distinct().execute();
      expect(workers.length).toBe(2);
    } finally {
      await store.close();
    }
  }, 120_000);
});
