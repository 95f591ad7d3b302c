import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCoinr } from '../../../src/ingest/coinr/readCoinr.js';
import { IngestError } from '../../../src/ingest/errors.js';
import { formatDataCsv, parseDataCsv } from '../../../src/ingest/project/dataCsv.js';
import { readProject, type Project } from '../../../src/ingest/project/read.js';
import { editionInput, pickTime, type ProjectTable } from '../../../src/ingest/project/table.js';
import { writeProject } from '../../../src/ingest/project/write.js';
import { SpecError } from '../../../src/spec/errors.js';

const imported = readCoinr('test/fixtures-coinr/iData.csv', 'test/fixtures-coinr/iMeta.csv', 'fixture');
const numeric = ['Pop', 'LPI', 'Flights', 'CO2', 'FemLab', 'Renew', 'Lang.x'];

function project(table: ProjectTable = imported.table): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'project-')), 'fixture');
  writeProject(dir, { spec: imported.spec, specComment: ' test', table, readme: 'From the test fixture.\n' });
  return dir;
}

function errorOf(text: string): IngestError {
  try {
    parseDataCsv(text, 'data.csv', { numeric });
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('a project directory', () => {
  const dir = project();
  let read: Project;
  beforeAll(async () => {
    read = await readProject(dir);
  });

  it('reads back the table it wrote, to the last bit, missing values and leading zeros included', () => {
    expect(read.table.codes).toEqual(imported.table.codes);
    expect(read.table.names).toEqual(imported.table.names);
    expect(read.table.times).toEqual(imported.table.times);
    expect(read.table.groups).toEqual(imported.table.groups);
    for (const [code, column] of imported.table.values) {
      expect([...read.table.values.get(code)!]).toEqual([...column]);
    }
  });

  it('reads back the spec it wrote, with the original codes', () => {
    expect(read.spec.spec.indicators.map((i) => i.code)).toEqual(imported.spec.indicators.map((i) => i.code));
    expect(read.spec.spec.pipeline.treatment).toEqual({ method: 'winsorise' });
    expect(readFileSync(join(dir, 'index.yaml'), 'utf8')).toMatch(/^# test\n/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('From the test fixture.\n');
  });

  it('writes data.csv as uCode, uName, groups, Time, denominators, indicators; empty cell = missing', () => {
    const lines = readFileSync(join(dir, 'data.csv'), 'utf8').split('\n');
    expect(lines[0]).toBe('uCode,uName,Size_group,Time,Pop,LPI,Flights,CO2,FemLab,Renew,Lang.x');
    expect(lines[1]).toBe('007,Agent Land,S,2021,1000,1,10,5,0.5,20,3');
    expect(lines[2]).toBe('AAA,Aland,M,2021,2000,2,20,4,0.7,,1');
    expect(lines[4]).toBe('CCC,"C-Land, North",S,2021,500,4,5,6,0.9,80,5');
    expect(lines[7]).toBe('FFF,Fland,,2021,1500,1.5,15,7,0.4,30,1');
    expect(lines[8]).toContain(',0.30000000000000004,');
  });

  it('refuses to write a spec that would not load', () => {
    const bad = { ...imported.spec, indicators: [{ ...imported.spec.indicators[0]!, parent: 'Nowhere' }] };
    expect(() =>
      writeProject(join(dir, 'bad'), { spec: bad, specComment: '', table: imported.table, readme: '' }),
    ).toThrow(SpecError);
  });
});

describe('data.csv', () => {
  const text = formatDataCsv(imported.table);

  it('keeps every double through a round trip (shortest text), Inf and -Inf too', () => {
    const values = new Map(imported.table.values);
    values.set(
      'LPI',
      Float64Array.from(imported.table.values.get('LPI')!, (x, i) =>
        i === 0 ? 1 / 3 : i === 1 ? -Infinity : x * Math.PI,
      ),
    );
    const table = { ...imported.table, values };
    const again = parseDataCsv(formatDataCsv(table), 'data.csv', { numeric });
    expect([...again.values.get('LPI')!]).toEqual([...values.get('LPI')!]);
    expect(formatDataCsv(table)).toContain(',0.3333333333333333,');
  });

  it('names file, line and column of a cell that is not a number, a missing column, a unit twice, a bad Time', () => {
    expect(errorOf(text.replace('AAA,Aland,M,2021,2000,2,', 'AAA,Aland,M,2021,2000,two,'))).toMatchObject({
      file: 'data.csv',
      line: 3,
      field: 'LPI',
      problem: '"two" is not a number',
    });
    expect(errorOf(text.replace(',Renew,', ',Renewables,'))).toMatchObject({ line: 1, field: 'Renew' });
    expect(errorOf(text.replace('BBB,Bland,L,2021', 'AAA,Bland,L,2021'))).toMatchObject({
      line: 4,
      field: 'uCode',
      problem: 'unit "AAA" appears twice for Time 2021 (first on line 3)',
    });
    expect(errorOf(text.replace('BBB,Bland,L,2021', 'BBB,Bland,L,'))).toMatchObject({
      line: 4,
      field: 'Time',
    });
    expect(errorOf(text.split('\n')[0]!).problem).toBe('the table has no data rows');
    expect(errorOf(text.replace('AAA,Aland,M,2021,2000,2,', 'AAA,Aland,M,2021,2000,2,9,'))).toMatchObject({
      line: 3,
      problem: '12 cells, but the header has 11 columns',
    });
  });

  it('takes NA as missing and any other column as a group column', () => {
    const table = parseDataCsv('uCode,Region,LPI\nA1,North,NA\nA2,,3\n', 'data.csv', { numeric: ['LPI'] });
    expect(table.groups.get('Region')).toEqual(['North', null]);
    expect([...table.values.get('LPI')!]).toEqual([NaN, 3]);
    expect(table.times).toBeNull();
    expect(table.names).toEqual(['A1', 'A2']);
  });
});

describe('picking the edition (Time)', () => {
  it('takes the latest Time unless asked for another; the input holds that Time only', () => {
    expect(pickTime(imported.table, undefined, 'data.csv')).toBe(2021);
    expect(pickTime(imported.table, 2020, 'data.csv')).toBe(2020);
    const input = editionInput(imported.table, 2020);
    expect(input.units).toEqual(['007', 'AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG']);
    expect(input.columns.get('LPI')![0]).toBe(1.2);
    expect(input.groups!.get('Size_group')![6]).toBeNull();
  });

  it('reports a Time that is not there, or an edition asked of data without Time', () => {
    expect(() => pickTime(imported.table, 2019, 'data.csv')).toThrow(
      /no rows with Time 2019 \(found: 2020, 2021\)/,
    );
    const flat = { ...imported.table, times: null };
    expect(pickTime(flat, undefined, 'data.csv')).toBeNull();
    expect(() => pickTime(flat, 2021, 'data.csv')).toThrow(IngestError);
  });

  it('reads a project whose data.csv the user edited', async () => {
    const dir = project();
    const file = join(dir, 'data.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('AAA,Aland,M,2021,2000,2,', 'AAA,Aland,M,2021,2000,2.25,'),
    );
    expect((await readProject(dir)).table.values.get('LPI')![1]).toBe(2.25);
  });
});
