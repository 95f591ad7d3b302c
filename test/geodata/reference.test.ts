// Runs only where /work/shared/reference exists: the real Ruhr boundaries (© GeoBasis-DE / BKG 2013,
// dl-de/by-2-0), never copied into the project.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBoundaries, type LoadedBoundary } from '../../src/geodata/boundaries.js';
import { importBoundaries, type ImportBoundariesReport } from '../../src/geodata/importBoundaries.js';
import { neighbours } from '../../src/geodata/neighbours.js';
import { pointInMunicipality } from '../../src/geodata/pointInMunicipality.js';
import { getSource, type Store } from '../../src/store/index.js';
import { ruhrStore, ruhrUnits } from './helpers/store.js';

const REFERENCE = '/work/shared/reference/ruhr-municipalities.geojson';

describe.runIf(existsSync(REFERENCE))('the real Ruhr boundaries', () => {
  let store: Store;
  let report: ImportBoundariesReport;
  let boundaries: LoadedBoundary[];
  beforeAll(async () => {
    store = await ruhrStore();
    report = await importBoundaries(store, REFERENCE);
    boundaries = await loadBoundaries(store.db);
  });
  afterAll(() => store?.close());

  it('matches all 53 municipalities, none missing or skipped, names alike', () => {
    expect(report.features).toBe(53);
    expect(report.matched).toBe(53);
    expect(report.missing).toEqual([]);
    expect(report.skipped.features).toBe(0);
    expect(report.nameWarnings).toEqual([]);
    expect(report.centresOutside).toEqual([]);
    expect(report.vertices.before).toBe(2506);
  });

  it('puts every master-data centre inside its own polygon', () => {
    for (const unit of ruhrUnits()) {
      expect(pointInMunicipality(unit.centerLon!, unit.centerLat!, boundaries), unit.name).toBe(unit.code);
    }
  });

  it('records the BKG attribution and licence as the source', async () => {
    const source = await getSource(store.db, report.source.id);
    expect(source?.publisher).toBe('© GeoBasis-DE / BKG 2013 (Daten verändert)');
    expect(source?.licence).toMatch(/^dl-de\/by-2-0/);
    expect(source?.fileName).toBe('ruhr-municipalities.geojson');
  });

  it('knows who borders whom', () => {
    const pairs = neighbours(boundaries, { toleranceM: 1 });
    const has = (a: string, b: string) =>
      pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    expect(has('05913000', '05911000')).toBe(true); // Dortmund – Bochum
    expect(has('05112000', '05117000')).toBe(true); // Duisburg – Mülheim an der Ruhr
    expect(has('05913000', '05112000')).toBe(false); // Dortmund – Duisburg
    // Every municipality of the connected Ruhr area has at least one neighbour.
    const touched = new Set(pairs.flat());
    expect(touched.size).toBe(53);
  });
});
