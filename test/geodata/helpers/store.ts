// Test helper: an in-memory store holding the 53 Ruhr municipalities of the bundled master data.
import { resolve } from 'node:path';
import { readMunicipalities } from '../../../src/ingest/masterData.js';
import type { Unit } from '../../../src/model/index.js';
import { openStore, upsertUnits, upsertUnitSet, type Store } from '../../../src/store/index.js';

export const MASTER_FILE = resolve('data/master/municipalities.csv');

export function ruhrUnits(): Unit[] {
  return readMunicipalities(MASTER_FILE, 'destatis-gv-2021');
}

export async function ruhrStore(location = ':memory:'): Promise<Store> {
  const store = await openStore(location);
  await upsertUnitSet(store.db, { code: 'municipalities', nameDe: 'Kommunen', nameEn: 'Municipalities' });
  await upsertUnits(store.db, ruhrUnits());
  return store;
}

export const FIXTURES = resolve('test/fixtures-geo');
