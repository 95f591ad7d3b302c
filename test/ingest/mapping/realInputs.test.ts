import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMunicipalities } from '../../../src/ingest/masterData.js';
import { applyMappingAsync, parseMapping, readMappedTable } from '../../../src/ingest/mapping/index.js';
import { REAL } from '../csv/helpers.js';

const MASTER = new URL('../../../data/master/municipalities.csv', import.meta.url).pathname;
const units = readMunicipalities(MASTER, 'destatis');

describe.runIf(existsSync(REAL))('mappings over the real inputs, for the 53 Ruhr municipalities', () => {
  it('broadband atlas 2018 (Gemeinden): FTTH/B and gigabit shares for all 53', async () => {
    const mapping = parseMapping(
      `format: broadband
source: { publisher: Bundesnetzagentur, table: gemeinde_privat_2018_ende }
edition: 2019
values:
  - { target: fttbh_share, variable: ftth_1000 }
  - { target: gigabit_share, variable: all_1000 }
`,
      'bb.yaml',
    );
    const file = join(REAL, 'breitbandatlas', 'hhilbig__gemeinde_privat_2018_ende.csv');
    const { values, skipped } = await applyMappingAsync(
      (await readMappedTable(file, mapping)).observations,
      mapping,
      { units },
    );
    expect(values.filter((v) => v.target === 'fttbh_share')).toHaveLength(53);
    expect(values.filter((v) => v.target === 'gigabit_share')).toHaveLength(53);
    expect(values.find((v) => v.target === 'gigabit_share' && v.unitCode === '05913000')).toMatchObject({
      value: 3,
      referenceDate: '2018-12-31',
    });
    // every other Gemeinde of Germany is outside the master data: 11330 − 53 rows, 2 mapped columns each
    expect(skipped.find((s) => s.reason === 'municipality not in the master data')!.count).toBe(
      (11330 - 53) * 2,
    );
  });

  it('BA commuters by Kreis: the total of in-commuters, cities directly, Kreise allocated by population', async () => {
    const mapping = parseMapping(
      `format: ba
source: { publisher: Statistik der Bundesagentur für Arbeit, title: Einpendler Kreise }
edition: 2024
level: district
values:
  - { target: in_commuters, variable: Insgesamt, attributes: { Wohnort: "0" }, allocation: population, measure: count }
`,
      'ba.yaml',
    );
    const file = join(REAL, 'ba-statistik', 'matchmeup__statistik_pendler_2024071523727_MODIFIED.csv');
    const { values } = await applyMappingAsync((await readMappedTable(file, mapping)).observations, mapping, {
      units,
    });
    expect(values).toHaveLength(53);
    expect(values.find((v) => v.unitCode === '05913000')).toMatchObject({
      value: 122120,
      allocation: 'population',
      referenceDate: '2023-06-30',
    });
    // Unna's 60000 in-commuters spread over its 10 municipalities by population
    const unna = values.filter((v) => v.unitCode.startsWith('05978'));
    expect(unna).toHaveLength(10);
    expect(unna.reduce((s, v) => s + v.value!, 0)).toBeCloseTo(60000, 6);
  });
});
