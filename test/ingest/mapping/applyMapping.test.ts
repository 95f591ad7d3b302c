import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMunicipalities } from '../../../src/ingest/masterData.js';
import { parseCrosswalk } from '../../../src/ingest/keys/index.js';
import {
  applyMapping,
  applyMappingAsync,
  loadMappingFile,
  parseMapping,
  readMappedTable,
  type MappingMasterData,
} from '../../../src/ingest/mapping/index.js';
import type { RawObservation } from '../../../src/ingest/readers/types.js';
import type { Unit } from '../../../src/model/index.js';
import { FIXTURES } from '../csv/helpers.js';

const MASTER = new URL('../../../data/master/municipalities.csv', import.meta.url).pathname;
const units: Unit[] = readMunicipalities(MASTER, 'destatis');
const master: MappingMasterData = { units };

let line = 1;
const obs = (
  regionKey: string,
  variable: string,
  value: number | null,
  extra: Partial<RawObservation> = {},
): RawObservation => ({
  line: ++line,
  column: variable,
  regionKey,
  regionLabel: null,
  variable,
  attributes: {},
  time: '2024',
  value,
  missingReason: value === null ? 'suppressed' : null,
  text: value === null ? '*' : String(value),
  unit: null,
  quality: null,
  confidential: false,
  ...extra,
});

const mapping = (values: string, head = '') =>
  parseMapping(`source:\n  publisher: Test\nedition: 2025\n${head}values:\n${values}`, 'm.yaml');

describe('applyMapping', () => {
  it('selects variables, converts units, normalises keys and counts what it leaves out', () => {
    const m =
      mapping(`  - { target: ict_share, kind: indicator, variable: share, units: { from: fraction, to: percent } }
  - { target: population, kind: denominator, variable: BEVSTD, referenceDate: 2024-12-31 }
`);
    const { values, skipped } = applyMapping(
      [
        obs('5913000', 'share', 0.25),
        obs('05913', 'BEVSTD', 587010),
        obs('059110000000', 'BEVSTD', 364628),
        obs('05170', 'BEVSTD', 460000),
        obs('01001000', 'BEVSTD', 90000),
        obs('PL', 'BEVSTD', 1),
        obs('05913000', 'ERW032', 1),
        obs('05170024', 'share', null),
      ],
      m,
      master,
    );
    expect(
      values.map((v) => [v.target, v.unitCode, v.value, v.missingReason, v.referenceDate, v.kind, v.unit]),
    ).toEqual([
      ['ict_share', '05170024', null, 'suppressed', '2024', 'indicator', 'percent'],
      ['ict_share', '05913000', 25, null, '2024', 'indicator', 'percent'],
      ['population', '05911000', 364628, null, '2024-12-31', 'denominator', null],
      ['population', '05913000', 587010, null, '2024-12-31', 'denominator', null],
    ]);
    expect(values[1]).toMatchObject({
      edition: 2025,
      unitSet: 'municipalities',
      allocation: null,
      crosswalkedFrom: [],
      confidential: false,
    });
    expect(skipped.map((s) => [s.reason, s.count, s.examples[0]!.text])).toEqual([
      ['district key that is not an independent city of the master data', 1, '05170'],
      ['municipality not in the master data', 1, '01001000'],
      ['region key is not a number', 1, 'PL'],
      ['variable "ERW032" is not in the mapping', 1, '1'],
    ]);
  });

  it('matches attributes exactly (totals have none, "*" takes any) and selects a time', () => {
    const m = mapping(`  - { target: women, variable: SVB, attributes: { GES: W } }
  - { target: all, variable: SVB, time: "2024" }
  - { target: any, variable: X, attributes: { NAT: "*" } }
`);
    const { values, skipped } = applyMapping(
      [
        obs('05913000', 'SVB', 100),
        obs('05913000', 'SVB', 40, { attributes: { GES: 'W' } }),
        obs('05913000', 'SVB', 60, { attributes: { GES: 'M' } }),
        obs('05911000', 'SVB', 90, { time: '2023' }),
        obs('05913000', 'X', 5, { attributes: { NAT: 'D' } }),
        obs('05911000', 'X', 6),
      ],
      m,
      master,
    );
    expect(values.map((v) => [v.target, v.unitCode, v.value])).toEqual([
      ['all', '05913000', 100],
      ['any', '05913000', 5],
      ['women', '05913000', 40],
    ]);
    expect(skipped.map((s) => [s.reason, s.count])).toEqual([
      ['variable "SVB": attributes or time not selected by the mapping', 2],
      ['variable "X": attributes or time not selected by the mapping', 1],
    ]);
  });

  it('rejects a second, different value for the same municipality with both lines, and drops an identical one', () => {
    const m = mapping('  - { target: a, variable: x }\n');
    const first = obs('05913000', 'x', 1);
    const same = applyMapping([first, { ...first, line: 99 }], m, master);
    expect(same.values).toHaveLength(1);
    expect(same.skipped[0]).toMatchObject({ reason: 'the same value twice', count: 1 });
    expect(() =>
      applyMapping(
        [obs('05913000', 'x', 1, { line: 5 }), obs('5913000', 'x', 2, { line: 9, time: '2023' })],
        m,
        master,
        { file: 't.csv' },
      ),
    ).toThrow(
      't.csv:9: field "x": a second value for a of 05913000: "2" (2023); line 5 has "1" (2024): select one time in the mapping (time:)',
    );
  });

  it('allocates district values by population or as they are, and marks them', () => {
    const m = mapping(`  - { target: firms, variable: URS, level: district, allocation: population }
  - { target: startup_rate, variable: GEW, level: district, allocation: as-is, measure: rate }
`);
    const { values, skipped } = applyMapping(
      [
        obs('05170', 'URS', 10_000),
        obs('05913', 'URS', 20_000),
        obs('05978', 'GEW', 4.5),
        obs('05162', 'URS', 1),
      ],
      m,
      master,
    );
    const wesel = units.filter((u) => u.code.startsWith('05170'));
    const weselPopulation = wesel.reduce((s, u) => s + u.population!, 0);
    const moers = values.find((v) => v.target === 'firms' && v.unitCode === '05170024')!;
    expect(moers.value).toBeCloseTo((10_000 * 103725) / weselPopulation, 9);
    expect(moers).toMatchObject({ allocation: 'population', text: '10000', referenceDate: '2024' });
    expect(values.filter((v) => v.target === 'firms')).toHaveLength(wesel.length + 1);
    expect(values.find((v) => v.target === 'firms' && v.unitCode === '05913000')).toMatchObject({
      value: 20_000,
      allocation: 'population',
    });
    const unna = values.filter((v) => v.target === 'startup_rate');
    expect(unna).toHaveLength(10);
    expect(new Set(unna.map((v) => `${v.value} ${v.allocation}`))).toEqual(new Set(['4.5 as-is']));
    expect(skipped).toEqual([
      {
        reason: 'district without a municipality in the master data',
        count: 1,
        examples: [{ line: expect.any(Number), column: 'URS', text: '05162' }],
      },
    ]);
  });

  it('allocates by employees only with the employees of every municipality', () => {
    const m = mapping('  - { target: firms, variable: URS, level: district, allocation: employees }\n');
    expect(() => applyMapping([obs('05170', 'URS', 1)], m, master, { mappingFile: 'm.yaml' })).toThrow(
      'm.yaml: field "allocation": allocation by employees needs the employees of every municipality',
    );
    const employees = new Map(units.map((u) => [u.code, 1]));
    const { values } = applyMapping([obs('05978', 'URS', 100)], m, { units, keys: { employees } });
    expect(values.map((v) => [v.value, v.allocation])).toEqual(Array(10).fill([10, 'employees']));
  });

  it('carries values of dissolved municipalities through the crosswalk', () => {
    const crosswalk = parseCrosswalk(
      'from_ags,to_ags,weight,valid_from\n05170901,05170024,1,2024-06-01\n05170902,05170024,1,2024-06-01\n',
      'cw.csv',
    );
    const m = mapping('  - { target: firms, variable: URS }\n', 'measure: count\ncrosswalk: cw.csv\n');
    const { values } = applyMapping(
      [obs('05170901', 'URS', 3), obs('05170902', 'URS', 4), obs('05913000', 'URS', 9)],
      m,
      { units, crosswalk },
    );
    expect(values.map((v) => [v.unitCode, v.value, v.crosswalkedFrom])).toEqual([
      ['05170024', 7, ['05170901', '05170902']],
      ['05913000', 9, []],
    ]);
  });

  it('uses the edition asked for, leaves out entries of other editions, and needs one', () => {
    const m = parseMapping(
      'source: { publisher: T }\nvalues:\n  - { target: a, variable: x, edition: 2024 }\n  - { target: b, variable: x }\n',
      'm.yaml',
    );
    const { values, skipped } = applyMapping([obs('05913000', 'x', 1)], m, master, { edition: 2025 });
    expect(values.map((v) => [v.target, v.edition])).toEqual([['b', 2025]]);
    expect(skipped.map((s) => s.reason)).toEqual(['values[0] is mapped for edition 2024']);
    expect(() => applyMapping([], m, master)).toThrow(
      '(mapping): field "values[1].edition": no edition: give --edition or edition in the mapping',
    );
  });

  it('needs a reference date and marks confidential tables', () => {
    const m = mapping('  - { target: a, variable: x }\n', 'confidential: true\n');
    const { values, skipped } = applyMapping(
      [obs('05913000', 'x', 1), obs('05911000', 'x', 2, { time: '' })],
      m,
      master,
    );
    expect(values).toHaveLength(1);
    expect(values[0]!.confidential).toBe(true);
    expect(skipped[0]!.reason).toBe('no reference date (give referenceDate in the mapping)');
  });
});

describe('readMappedTable + applyMappingAsync', () => {
  it('fills the broadband indicators of the Ruhr from an atlas table', async () => {
    const { mapping: m, file } = loadMappingFile(join(FIXTURES, 'breitband.mapping.yaml'));
    const table = await readMappedTable(join(FIXTURES, 'breitband-gemeinde-2018_ende.csv'), m, file);
    const { values, skipped } = await applyMappingAsync(table.observations, m, master);
    expect(values.map((v) => [v.target, v.unitCode, v.value ?? v.missingReason, v.referenceDate])).toEqual([
      ['fttbh_share', '05170024', 8, '2018-12-31'],
      ['fttbh_share', '05911000', 12, '2018-12-31'],
      ['fttbh_share', '05913000', 3, '2018-12-31'],
      ['gigabit_share', '05170024', 'unknown', '2018-12-31'],
      ['gigabit_share', '05911000', 41, '2018-12-31'],
      ['gigabit_share', '05913000', 3, '2018-12-31'],
    ]);
    expect(skipped.map((s) => [s.reason, s.count])).toEqual([
      ['variable "all_16" is not in the mapping', 3],
      ['variable "wired_1000" is not in the mapping', 3],
    ]);
    expect(readFileSync(join(FIXTURES, 'breitband.mapping.yaml'), 'utf8')).toContain('licence');
  });
});
