import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoinr } from '../../../src/ingest/coinr/readCoinr.js';
import { parseRNumber } from '../../../src/ingest/coinr/table.js';
import { DATA, META, ingestErrorOf, lineOf, replaced, withoutColumn, writeTables } from './helpers.js';

const read = (data = DATA, meta = META) => {
  const files = writeTables(data, meta);
  return { files, imported: readCoinr(files.data, files.meta, 'test') };
};

function errorOf(data: string, meta: string) {
  const files = writeTables(data, meta);
  const error = ingestErrorOf(() => readCoinr(files.data, files.meta, 'test'));
  return { error, files };
}

describe('reading COINr iData and iMeta', () => {
  const { imported } = read();
  const { table, spec } = imported;

  it('keeps unit codes as text, with their leading zeros, in file order, for every Time', () => {
    expect(table.codes.slice(0, 3)).toEqual(['007', 'AAA', 'BBB']);
    expect(table.codes).toHaveLength(16);
    expect(table.times!.slice(7, 9)).toEqual([2021, 2020]);
    expect(table.names[3]).toBe('C-Land, North');
  });

  it('reads groups as text (NA = null), denominators and indicators as numbers (NA = NaN)', () => {
    expect([...table.groups.keys()]).toEqual(['Size_group']);
    expect(table.groups.get('Size_group')!.slice(5, 7)).toEqual(['L', null]);
    expect([...table.values.keys()]).toEqual(['Pop', 'LPI', 'Flights', 'CO2', 'FemLab', 'Renew', 'Lang.x']);
    expect(table.values.get('Renew')![1]).toBeNaN();
    expect(table.values.get('FemLab')![7]).toBe(0.30000000000000004);
    expect(table.values.get('Pop')![0]).toBe(1000);
  });

  it('leaves out columns of Type Other', () => {
    expect(imported.dropped).toEqual(['Notes']);
    expect(table.values.has('Notes')).toBe(false);
  });

  it('turns iMeta into a spec with the original codes, weights, directions, targets and denominators', () => {
    expect(spec.indicators.map((i) => i.code)).toEqual([
      'LPI',
      'Flights',
      'CO2',
      'FemLab',
      'Renew',
      'Lang.x',
    ]);
    expect(spec.indicators[1]).toMatchObject({
      code: 'Flights',
      weight: 2,
      target: 100,
      denominator: 'Pop',
      scale: 1,
    });
    expect(spec.indicators[2]).toMatchObject({ code: 'CO2', direction: -1, parent: 'Conn' });
    expect(spec.aggregates).toEqual([
      { code: 'Conn', name: { de: 'Connectivity', en: 'Connectivity' }, parent: 'Index', weight: 1 },
      { code: 'Sust', name: { de: 'Sustainability', en: 'Sustainability' }, parent: 'Index', weight: 3 },
      { code: 'Index', name: { de: 'Test Index', en: 'Test Index' }, weight: 1 },
    ]);
    expect(spec.denominators.map((d) => d.code)).toEqual(['Pop']);
    expect(spec.title.en).toBe('Test Index');
  });

  it("writes COINr's usual pipeline", () => {
    expect(spec.pipeline).toMatchObject({
      denominate: false,
      imputation: { method: 'none' },
      treatment: { method: 'winsorise' },
      normalisation: { method: 'minmax', low: 0, high: 100 },
      aggregation: { method: 'arithmetic' },
    });
  });

  it("skips R's unnamed row-number column and accepts an undeclared *_group column", () => {
    const lines = DATA.trimEnd().split('\n');
    const withRowNames = lines.map((l, i) => (i === 0 ? `"",${l}` : `"${i}",${l}`)).join('\n');
    const { imported: again } = read(withRowNames);
    expect(again.table.codes).toEqual(table.codes);
    const extra = lines.map((l, i) => `${l},${i === 0 ? '"Region_group"' : '"North"'}`).join('\n');
    expect([...read(extra).imported.table.groups.keys()]).toEqual(['Size_group', 'Region_group']);
  });

  it('reads a table without Time and without uName', () => {
    const lines = DATA.trimEnd().split('\n').slice(0, 9);
    const cut = lines.map((l) => l.replace(/^("[^"]*"),"[^"]*",("[^"]*"|NA),[^,]*,/, '$1,$2,')).join('\n');
    const { imported: flat } = read(cut);
    expect(flat.table.times).toBeNull();
    expect(flat.table.names[0]).toBe('007');
    expect(flat.table.values.get('LPI')![4]).toBe(5);
  });
});

describe('R numbers', () => {
  it('reads NA, NaN and empty as missing, Inf and -Inf, exponents; rejects text', () => {
    expect(parseRNumber('NA')).toBeNaN();
    expect(parseRNumber('')).toBeNaN();
    expect(parseRNumber('NaN')).toBeNaN();
    expect(parseRNumber('-Inf')).toBe(-Infinity);
    expect(parseRNumber('1.5e-04')).toBe(0.00015);
    expect(parseRNumber('TRUE')).toBeNull();
    expect(parseRNumber('1,5')).toBeNull();
  });
});

describe('errors name the file, the line and the column', () => {
  it('an indicator of iMeta without a column in iData', () => {
    const { error, files } = errorOf(withoutColumn(DATA, 'Lang.x'), META);
    expect([error.file, error.line, error.field]).toEqual([files.meta, lineOf(META, '"Lang.x"'), 'iCode']);
    expect(error.problem).toMatch(/^Indicator "Lang\.x" has no column in .*iData\.csv$/);
  });

  it('a column of iData that iMeta does not declare', () => {
    const { error, files } = errorOf(replaced(DATA, '"Notes"', '"Remarks"'), META);
    expect([error.file, error.line, error.field]).toEqual([files.data, 1, 'Remarks']);
    expect(error.problem).toMatch(/not in .*iMeta\.csv/);
  });

  it('a cell that is not a number', () => {
    const data = replaced(DATA, '"BBB","Bland","L",2021,4000,3,', '"BBB","Bland","L",2021,4000,three,');
    const { error, files } = errorOf(data, META);
    expect([error.file, error.line, error.field]).toEqual([files.data, 4, 'LPI']);
    expect(error.problem).toBe('"three" is not a number');
    expect(error.message).toBe(`${files.data}:4: field "LPI": "three" is not a number`);
  });

  it('a unit code twice in the same Time', () => {
    const data = replaced(DATA, '"BBB","Bland","L",2021', '"AAA","Bland","L",2021');
    const { error } = errorOf(data, META);
    expect([error.line, error.field]).toEqual([4, 'uCode']);
    expect(error.problem).toBe('unit "AAA" appears twice for Time 2021 (first on line 3)');
  });

  it('a unit code that is missing, a Time that is not a number', () => {
    expect(errorOf(replaced(DATA, '"CCC","C-Land', 'NA,"C-Land'), META).error).toMatchObject({
      line: 5,
      field: 'uCode',
    });
    expect(errorOf(replaced(DATA, '"L",2020', '"L",last'), META).error).toMatchObject({
      line: 12,
      field: 'Time',
    });
  });

  it('an unknown Parent', () => {
    const { error, files } = errorOf(
      DATA,
      replaced(
        META,
        '"FemLab","Female labour-force participation",1,1,"Ratio",1,NA,"Sust"',
        '"FemLab","Female labour-force participation",1,1,"Ratio",1,NA,"Sustain"',
      ),
    );
    expect([error.file, error.line, error.field]).toEqual([files.meta, lineOf(META, '"FemLab"'), 'Parent']);
    expect(error.problem).toBe('unknown Parent "Sustain": no iCode of that name');
  });

  it('a cycle in the hierarchy', () => {
    const meta = replaced(
      META,
      '3,"Index","Test Index",1,1,"Score",NA,NA,NA,',
      '3,"Index","Test Index",1,1,"Score",NA,NA,"Conn",',
    );
    const { error } = errorOf(DATA, meta);
    expect([error.line, error.field]).toEqual([lineOf(META, '"Conn","Connectivity"'), 'Parent']);
    expect(error.problem).toBe('cycle in the hierarchy: Conn → Index → Conn');
  });

  it('a parent that is not one level up', () => {
    const meta = replaced(
      META,
      '1,"LPI","Logistics performance",1,1,"Score 1-5",5,NA,"Conn"',
      '1,"LPI","Logistics performance",1,1,"Score 1-5",5,NA,"Index"',
    );
    const { error } = errorOf(DATA, meta);
    expect([error.line, error.field]).toEqual([2, 'Parent']);
    expect(error.problem).toMatch(/Parent "Index" is at Level 3, not 2/);
  });

  it('two top aggregates, an aggregate without children, an indicator without parent', () => {
    const twoRoots = replaced(
      META,
      '"Sust","Sustainability",1,3,"Score",NA,NA,"Index"',
      '"Sust","Sustainability",1,3,"Score",NA,NA,NA',
    );
    expect(errorOf(DATA, twoRoots).error.problem).toMatch(/more than one top aggregate/);
    const childless = META.replace(/"Sust","Ind/g, '"Conn","Ind').replace(
      /NA,"Sust","Indicator"/g,
      'NA,"Conn","Indicator"',
    );
    expect(errorOf(DATA, childless).error).toMatchObject({
      line: lineOf(META, '"Sust","Sustainability"'),
      field: 'iCode',
    });
    const orphan = replaced(META, '"Ratio",1,NA,"Sust"', '"Ratio",1,NA,NA');
    expect(errorOf(DATA, orphan).error.problem).toBe('an Indicator needs a Parent aggregate');
  });

  it('bad values in iMeta: Type, Direction, Level, Weight, a duplicate iCode, an unknown Denominator', () => {
    const cases: [string, string, string, RegExp][] = [
      ['NA,NA,NA,"Aggregate"', 'NA,NA,NA,"Aggregat"', 'Type', /must be one of Indicator, Aggregate/],
      ['1,"CO2","CO2 emissions",-1', '1,"CO2","CO2 emissions",-2', 'Direction', /must be 1 or -1/],
      ['1,"CO2","CO2 emissions"', '2,"CO2","CO2 emissions"', 'Level', /Level 1, not 2/],
      ['"CO2","CO2 emissions",-1,1,', '"CO2","CO2 emissions",-1,-1,', 'Weight', /≥ 0/],
      ['"CO2","CO2 emissions",-1,1,', '"CO2","CO2 emissions",-1,heavy,', 'Weight', /"heavy" is not a number/],
      [
        '1,"CO2","CO2 emissions"',
        '1,"LPI","CO2 emissions"',
        'iCode',
        /"LPI" appears twice \(first on line 2\)/,
      ],
      ['1,"CO2","CO2 emissions"', '1,"2CO","CO2 emissions"', 'iCode', /starting with a letter/],
    ];
    for (const [from, to, field, problem] of cases) {
      const { error, files } = errorOf(DATA, replaced(META, from, to));
      expect([error.file, error.line, error.field]).toEqual([files.meta, lineOf(META, from), field]);
      expect(error.problem).toMatch(problem);
    }
    const denominator = replaced(META, '100,"Pop","Conn"', '100,"Area","Conn"');
    expect(errorOf(DATA, denominator).error).toMatchObject({ line: 3, field: 'Denominator' });
    expect(errorOf(DATA, denominator).error.problem).toBe(
      'unknown Denominator "Area": no iCode of that name',
    );
  });

  it('a missing required column, an unreadable file', () => {
    const { error, files } = errorOf(DATA, META.replace('"Weight",', '"Weights",'));
    expect([error.file, error.line, error.field]).toEqual([files.meta, 1, 'Weight']);
    const missing = ingestErrorOf(() => readCoinr('no/such/iData.csv', 'no/such/iMeta.csv', 'x'));
    expect(basename(missing.file)).toBe('iMeta.csv');
    expect(missing.problem).toMatch(/cannot read the file \(ENOENT\)/);
  });
});
