import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress, checkLiteralHost, guardedLookup } from '../../src/crawl/fetch/ssrf.js';
import { runCrawl } from '../../src/crawl/index.js';
import type { Store } from '../../src/store/index.js';
import { storeWithFirms, tempDir, testOptions } from './helpers.js';
import { page, startTestWeb, type TestWeb } from './web/server.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2001:db8::1',
    'ff02::1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '192.169.0.1', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('checks IP literals in URLs (no DNS is involved for them)', () => {
    expect(checkLiteralHost('127.0.0.1')).not.toBeNull();
    expect(checkLiteralHost('[::1]')).not.toBeNull();
    expect(checkLiteralHost('93.184.216.34')).toBeNull();
    expect(checkLiteralHost('example.org')).toBeNull();
  });

  it('refuses a host name that resolves to loopback, after resolution', async () => {
    const error = await new Promise<Error | null>((resolve) =>
      guardedLookup('localhost', { all: true }, (err) => resolve(err)),
    );
    expect(error?.message).toMatch(/non-public address/);
  });
});

describe('SSRF refusal without --allow-private', () => {
  let web: TestWeb;
  let store: Store;
  let dir: string;

  beforeAll(async () => {
    web = await startTestWeb([
      {
        name: 'inner',
        handler: (path) =>
          path === '/robots.txt' ? { status: 404 } : page('Intern', '<p>interne Seite</p>'),
      },
      {
        name: 'redirector',
        handler: (path, urls) =>
          path === '/robots.txt' ? { status: 404 } : { status: 302, headers: { location: `${urls.inner}/` } },
      },
    ]);
    dir = tempDir();
  });

  afterAll(async () => {
    await store?.close();
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects to no loopback address, whether given as IP, as host name, or reached by a redirect', async () => {
    const port = new URL(web.urls.inner!).port;
    store = await storeWithFirms(join(dir, 'ssrf.db'), dir, [
      ['ip', `${web.urls.inner}/`],
      ['name', `http://localhost:${port}/`],
    ]);
    const run = await runCrawl(store, testOptions({ allowPrivate: false, maxAttempts: 1 }));
    expect(run.sites.map((s) => [s.firmId, s.status]).sort()).toEqual([
      ['ip', 'robots_disallowed'],
      ['name', 'robots_disallowed'],
    ]);
    expect(web.sites.inner!.requests).toEqual([]);
    const log = await store.db
      .selectFrom('crawl_requests')
      .select(['url', 'error_kind', 'retryable'])
      .execute();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((l) => l.error_kind === 'blocked_address' && l.retryable === 0)).toBe(true);
  });

  it('checks every redirect hop again: a redirect from an allowed host to a refused address is not followed', async () => {
    // 127.0.0.2 plays the private network, 127.0.0.1 the public internet (an address policy for this test only).
    const inner = createServer((req, res) => {
      innerRequests.push(req.url ?? '');
      res.end('<p>intern</p>');
    });
    const innerRequests: string[] = [];
    await new Promise<void>((resolve) => inner.listen(0, '127.0.0.2', resolve));
    const innerPort = (inner.address() as AddressInfo).port;
    const hopWeb = await startTestWeb([
      {
        name: 'start',
        handler: (path) =>
          path === '/robots.txt'
            ? { status: 404 }
            : { status: 302, headers: { location: `http://127.0.0.2:${innerPort}/` } },
      },
    ]);
    const hopDir = tempDir();
    const hopStore = await storeWithFirms(join(hopDir, 'hop.db'), hopDir, [['hop', `${hopWeb.urls.start}/`]]);
    try {
      await runCrawl(
        hopStore,
        testOptions({ allowPrivate: false, isAllowedAddress: (a) => a === '127.0.0.1', maxAttempts: 1 }),
      );
      expect(innerRequests).toEqual([]);
      expect(hopWeb.sites.start!.requests.map((r) => r.path)).toContain('/');
      const log = await hopStore.db
        .selectFrom('crawl_requests')
        .select(['url', 'error_kind'])
        .where('url', 'like', '%127.0.0.2%')
        .execute();
      expect(log.length).toBeGreaterThan(0);
      expect(log.every((l) => l.error_kind === 'blocked_address')).toBe(true);
      const firm = await hopStore.db
        .selectFrom('crawl_firms')
        .select(['status', 'pages'])
        .executeTakeFirstOrThrow();
      expect(firm.pages).toBe(0);
    } finally {
      await hopStore.close();
      await hopWeb.close();
      inner.close();
      rmSync(hopDir, { recursive: true, force: true });
    }
  });
});
