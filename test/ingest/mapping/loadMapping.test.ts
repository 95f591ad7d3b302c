import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { loadMappingFile, parseMapping } from '../../../src/ingest/mapping/index.js';
import { conversionFactor } from '../../../src/ingest/mapping/units.js';
import { FIXTURES, tempFile } from '../csv/helpers.js';

const base = `source:
  publisher: Test
edition: 2025
values:
`;

const fails = (yaml: string) => {
  try {
    parseMapping(yaml, 'm.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('mapping files', () => {
  it('loads a mapping with its defaults and resolves the crosswalk next to it', () => {
    const loaded = loadMappingFile(join(FIXTURES, 'breitband.mapping.yaml'));
    expect(loaded.mapping).toMatchObject({
      format: 'broadband',
      edition: 2025,
      unitSet: 'municipalities',
      level: 'municipality',
      confidential: false,
      table: {},
      values: [
        { target: 'fttbh_share', variable: 'ftth_1000', attributes: {} },
        { target: 'gigabit_share', variable: 'all_1000', attributes: {} },
      ],
    });
    expect(loaded.crosswalkFile).toBeNull();
    const withCrosswalk = tempFile(
      'cw.mapping.yaml',
      `${base}  - { target: a, variable: x, measure: count }\ncrosswalk: changes.csv\n`,
    );
    expect(loadMappingFile(withCrosswalk).crosswalkFile).toBe(join(withCrosswalk, '..', 'changes.csv'));
  });

  it('names the file, the line and the path of a schema error', () => {
    expect(fails(`${base}  - target: a\n    variable: x\n    factor: "0,01"\n`)).toBe(
      'm.yaml:7: field "values[0].factor": Invalid input: expected number, received string',
    );
    expect(fails(`${base}  - target: 1a\n    variable: x\n`)).toBe(
      'm.yaml:5: field "values[0].target": must be letters, digits, _ and . starting with a letter',
    );
    expect(fails(`${base}  - target: a\n    variable: x\n    colour: red\n`)).toMatch(
      /^m.yaml:5: field "values\[0\]": Unrecognized key: "colour"/,
    );
    expect(fails('source:\n  publisher: Test\nvalues: []\n')).toBe(
      'm.yaml:3: field "values": Too small: expected array to have >=1 items',
    );
    expect(fails('source: [\n')).toMatch(/^m.yaml:\d+: not valid YAML/);
    expect(fails(`${base}  - target: a\n    variable: x\n    referenceDate: 31.12.2024\n`)).toBe(
      'm.yaml:7: field "values[0].referenceDate": must be YYYY or YYYY-MM-DD',
    );
  });

  it('checks what the schema cannot: units, allocation, measure, targets fed twice', () => {
    expect(fails(`${base}  - { target: a, variable: x, units: { from: fraction, to: EUR } }\n`)).toBe(
      'm.yaml:5: field "values[0].units": cannot convert fraction (share) to EUR (money)',
    );
    expect(
      fails(`${base}  - { target: a, variable: x, units: { from: fraction, to: percent }, factor: 100 }\n`),
    ).toBe('m.yaml:5: field "values[0].units": give either factor or units, not both');
    expect(fails(`${base}  - { target: a, variable: x, level: district }\n`)).toBe(
      'm.yaml:5: field "values[0].allocation": a district-level value needs allocation: population, employees or as-is',
    );
    expect(
      fails(
        `${base}  - { target: a, variable: x, level: district, allocation: population, measure: rate }\n`,
      ),
    ).toBe(
      'm.yaml:5: field "values[0].allocation": a rate cannot be split by population: use as-is (every municipality gets the district\'s rate)',
    );
    expect(fails(`${base}  - { target: a, variable: x, allocation: as-is }\n`)).toBe(
      'm.yaml:5: field "values[0].allocation": allocation applies to district-level values only (level: district)',
    );
    expect(fails(`${base}  - { target: a, variable: x }\ncrosswalk: cw.csv\n`)).toBe(
      'm.yaml:5: field "values[0].measure": with a crosswalk every value needs measure: count or rate',
    );
    expect(fails(`${base}  - { target: a, variable: x }\n  - { target: a, variable: y }\n`)).toBe(
      'm.yaml:6: field "values[1].target": "a" is already fed by values[0] for the same edition and time',
    );
    expect(() =>
      parseMapping(
        `${base}  - { target: a, variable: x, time: "2023" }\n  - { target: a, variable: x, time: "2024", edition: 2026 }\n`,
        'm.yaml',
      ),
    ).not.toThrow();
    expect(() => loadMappingFile('/nonexistent/m.yaml')).toThrow(
      '/nonexistent/m.yaml: cannot read the mapping file (ENOENT)',
    );
  });

  it('converts units within a dimension', () => {
    expect(conversionFactor('fraction', 'percent')).toEqual({ factor: 100 });
    expect(conversionFactor('percent', 'fraction')).toEqual({ factor: 0.01 });
    expect(conversionFactor('TEUR', 'EUR')).toEqual({ factor: 1000 });
    expect(conversionFactor('ha', 'km2')).toEqual({ factor: 0.01 });
    expect(conversionFactor('furlong', 'm2')).toMatchObject({
      problem: expect.stringContaining('unknown unit "furlong"'),
    });
  });
});
