import { expect, it } from 'vitest';
import { insertFrontier } from '../../src/crawl/state/records.js';
import {
  finishSite,
  leaseSite,
  LEASE_TTL_MS,
  registerSites,
  releaseLeases,
} from '../../src/crawl/state/sites.js';
import { describeEachDatabase } from '../store/databases.js';

describeEachDatabase('crawl sites and their leases', (store) => {
  const firms = [
    { firmId: 'A', url: 'https://a.example/' },
    { firmId: 'B', url: 'https://b.example/' },
  ];

  it('registers each firm once, even when registered twice', async () => {
    expect(await registerSites(store(), firms)).toBe(2);
    expect(await registerSites(store(), firms)).toBe(0);
    const rows = await store()
      .db.selectFrom('crawl_sites')
      .select(['firm_id', 'state'])
      .orderBy('firm_id')
      .execute();
    expect(rows).toEqual([
      { firm_id: 'A', state: 'open' },
      { firm_id: 'B', state: 'open' },
    ]);
  });

  it('leases every open site to one worker only, and a stale lease to another', async () => {
    await registerSites(store(), firms);
    const now = 1_000_000;
    const a = await leaseSite(store(), 'w1', now);
    const b = await leaseSite(store(), 'w2', now);
    expect([a?.firm_id, b?.firm_id]).toEqual(['A', 'B']);
    expect(await leaseSite(store(), 'w3', now + 1000)).toBeNull();
    const takeover = await leaseSite(store(), 'w3', now + LEASE_TTL_MS + 1);
    expect(takeover?.firm_id).toBe('A');
    expect(takeover?.worker).toBe('w3');
  });

  it('records a result only for the worker that holds the lease', async () => {
    await registerSites(store(), firms);
    await leaseSite(store(), 'w1');
    const outcome = { outcome: 'done', pages: 3, requests: 5, siteUrl: 'https://a.example/', movedTo: null };
    expect(await finishSite(store(), 'A', 'w2', outcome)).toBe(false);
    expect(await finishSite(store(), 'A', 'w1', outcome)).toBe(true);
    expect(await finishSite(store(), 'A', 'w1', outcome)).toBe(false);
    await leaseSite(store(), 'w1');
    await releaseLeases(store(), 'w1');
    expect((await leaseSite(store(), 'w9'))?.firm_id).toBe('B');
  });

  it('starts a site again from scratch when the firm’s URL changed', async () => {
    await registerSites(store(), firms);
    await insertFrontier(
      store().db,
      [
        {
          firm_id: 'A',
          url: 'https://a.example/',
          origin: 'https://a.example',
          depth: 0,
          priority: 0,
          state: 'done',
          attempts: 1,
          reason: null,
        },
      ],
      store().dialect,
    );
    expect(await registerSites(store(), [{ firmId: 'A', url: 'https://a-neu.example/' }])).toBe(1);
    const site = await store()
      .db.selectFrom('crawl_sites')
      .selectAll()
      .where('firm_id', '=', 'A')
      .executeTakeFirstOrThrow();
    expect(site.start_url).toBe('https://a-neu.example/');
    expect(await store().db.selectFrom('crawl_frontier').selectAll().execute()).toEqual([]);
  });
});
