import { expect, it } from 'vitest';
import { getSource, listSources, upsertSource } from '../../src/store/index.js';
import { describeEachDatabase } from './databases.js';

const full = {
  id: 'itnrw-12411',
  publisher: 'IT.NRW',
  table: '12411-01i',
  title: 'Bevölkerungsstand',
  licence: 'dl-de/by-2-0',
  url: 'https://www.landesdatenbank.nrw.de/',
  retrieved: '2024-03-01',
  fileName: '12411-01i.csv',
  fileHash: 'sha256:abc',
  synthetic: false,
};

const bare = {
  id: 'demo',
  publisher: 'Generator',
  table: null,
  title: null,
  licence: null,
  retrieved: null,
  fileName: null,
  fileHash: null,
  synthetic: true,
};

describeEachDatabase('sources', (store) => {
  it('round-trips every field, booleans included', async () => {
    await upsertSource(store().db, full);
    expect(await getSource(store().db, full.id)).toEqual(full);
  });

  it('stores a missing url as null', async () => {
    await upsertSource(store().db, bare);
    expect(await getSource(store().db, 'demo')).toEqual({ ...bare, url: null });
  });

  it('updates a source with the same id', async () => {
    await upsertSource(store().db, full);
    await upsertSource(store().db, { ...full, title: 'Neu', url: null, synthetic: true });
    expect(await listSources(store().db)).toEqual([{ ...full, title: 'Neu', url: null, synthetic: true }]);
  });

  it('lists sources by id and returns undefined for an unknown one', async () => {
    await upsertSource(store().db, full);
    await upsertSource(store().db, bare);
    expect((await listSources(store().db)).map((s) => s.id)).toEqual(['demo', 'itnrw-12411']);
    expect(await getSource(store().db, 'nope')).toBeUndefined();
  });
});
