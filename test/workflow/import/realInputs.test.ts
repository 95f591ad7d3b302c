// Imports the real GENESIS flat file of 12411-01-01-4 (Kreise, 31.12.2024) where the reference files exist.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listValues, openStore, type Store } from '../../../src/store/index.js';
import { getValueProvenance } from '../../../src/store/provenance.js';
import { detectFormat, openTable } from '../../../src/workflow/import/openTable.js';
import { importTable } from '../../../src/workflow/importTable.js';
import { REAL_INPUTS } from '../../ingest/reference.js';
import { loadBundle, RUHR, tempDir, writeFixture } from './fixtures.js';

const DIR = join(REAL_INPUTS, 'genesis-ffcsv');
const FILE = existsSync(DIR)
  ? join(
      DIR,
      readdirSync(DIR).find((f) => f.startsWith('pystatis__12411-01-01-4_'))!,
    )
  : '';

const CITIES = RUHR.filter((u) => u.district === 'kreisfrei');

describe.runIf(existsSync(DIR))('importing the real 12411-01-01-4 flat file (Kreise, 31.12.2024)', () => {
  let store: Store;
  let dir: string;
  beforeEach(async () => {
    store = await openStore(':memory:');
    await loadBundle(store);
    dir = tempDir();
  });
  afterEach(() => store.close());

  const mapping = (extra: string[]) =>
    writeFixture(
      dir,
      'population-kreise.yaml',
      [
        'source: { publisher: Statistische Ämter des Bundes und der Länder, table: 12411-01-01-4, licence: dl-de/by-2-0 }',
        ...extra,
        'values:',
        '  - { target: population, variable: BEVSTD }',
        '',
      ].join('\n'),
    );

  it('takes the 11 independent cities of the Ruhr from their district rows (Dortmund: 603,462)', async () => {
    const report = await importTable(store, { file: FILE, mappingFile: mapping([]), edition: 2026 });
    expect(report).toMatchObject({
      format: 'genesis-ffcsv',
      counts: { observations: 1467, values: 11, new: 11 },
    });
    const values = await listValues(store.db, { edition: 2026, unitSet: 'municipalities' });
    expect(values.map((v) => v.unitCode).sort()).toEqual(CITIES.map((u) => u.code).sort());
    const dortmund = values.find((v) => v.unitCode === '05913000')!;
    expect(dortmund).toMatchObject({ value: 603462, referenceDate: '2024-12-31' });
    expect(await getValueProvenance(store.db, dortmund)).toMatchObject({ column: 'value', note: null });
    expect(report.skipped.find((s) => s.reason.startsWith('district key'))!.count).toBeGreaterThan(300);
  });

  it('allocates the totals of the four districts to their municipalities by population', async () => {
    const report = await importTable(store, {
      file: FILE,
      mappingFile: mapping(['level: district', 'allocation: population']),
      edition: 2026,
    });
    expect(report.counts).toMatchObject({ values: 53, new: 53 });
    const values = await listValues(store.db, { edition: 2026, unitSet: 'municipalities' });
    const sum = (district: string) =>
      values.filter((v) => v.unitCode.startsWith(district)).reduce((s, v) => s + v.value!, 0);
    expect(sum('05978')).toBeCloseTo(393784, 6);
    expect(sum('05562')).toBeCloseTo(621305, 6);
    expect(sum('05170')).toBeCloseTo(457918, 6);
    expect(sum('05954')).toBeCloseTo(314167, 6);
    expect(values.find((v) => v.unitCode === '05913000')!.value).toBe(603462);
    const unna = values.find((v) => v.unitCode === '05978036')!;
    expect(await getValueProvenance(store.db, unna)).toMatchObject({
      note: 'allocated from the district value of 05978 by population',
    });
  });
});

describe.runIf(existsSync(REAL_INPUTS))('the other real files as the importer opens them', () => {
  it('reads the broadband atlas firms-in-business-parks table (gwg 2019) as a generic CSV with decimal points', async () => {
    const file = join(REAL_INPUTS, 'breitbandatlas', 'hhilbig__gemeinde_gewerbe_gwg_2019_mitte.csv');
    expect(await detectFormat(file)).toBe('csv');
    const table = await openTable(file, undefined, { time: '2019-06-30' });
    const dortmund = new Map<string, number | null>();
    let rows = 0;
    for await (const o of table.observations) {
      rows++;
      if (o.regionKey === '05913000') dortmund.set(o.variable, o.value);
    }
    expect(rows).toBe(11305 * 7);
    expect(Object.fromEntries(dortmund)).toMatchObject({
      firmen_in_gwg_gesamt: 39657,
      firmen_angeschlossen_absolut: 37390,
      firmen_angeschlossen_prozent: 94.3,
      firmen_unangeschlossen_prozent: 1.2,
    });
  });

  it('rejects the Landesdatenbank NRW .xls (old binary Excel) with a clear message', async () => {
    const file = join(REAL_INPUTS, 'landesdatenbank-nrw', 'koelnapi__13211-03ir.xls');
    await expect(detectFormat(file)).rejects.toThrow(
      'an old binary Excel file (.xls): save it as .xlsx or CSV first',
    );
  });
});
