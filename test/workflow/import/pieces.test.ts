// The pure pieces of an import: comparing values, matching declared tables, recognising formats, the public guard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicText, publicValue } from '../../../src/publish/confidential.js';
import { isCalendarDate } from '../../../src/workflow/import/checkMapping.js';
import { classify } from '../../../src/workflow/import/classify.js';
import { detectFormat } from '../../../src/workflow/import/openTable.js';
import { tableMatches } from '../../../src/workflow/import/specMapping.js';
import type { ImportValue } from '../../../src/workflow/import/types.js';
import { tempDir, writeFixture } from './fixtures.js';

const value = (v: Partial<ImportValue> = {}): ImportValue => ({
  kind: 'value',
  unitSet: 'municipalities',
  unitCode: '05913000',
  variable: 'population',
  value: 603462,
  missingReason: null,
  referenceDate: '2024-12-31',
  line: 2,
  column: 'value',
  text: '603462',
  regionKey: null,
  quality: null,
  confidential: false,
  note: null,
  ...v,
});

const stored = (v: ImportValue, sourceId = 'other') => ({
  unitSet: v.unitSet,
  unitCode: v.unitCode,
  variable: v.variable,
  value: v.value,
  missingReason: v.missingReason,
  confidential: v.confidential,
  referenceDate: v.referenceDate,
  sourceId,
});

describe('classify', () => {
  it('is new without a stored value, unchanged for the same observation from any source', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ noNaN: true }), { nil: null }),
        fc.boolean(),
        fc.string(),
        (x, confidential, source) => {
          const v = value({ value: x, missingReason: x === null ? 'unknown' : null, confidential });
          expect(classify(v, undefined)).toBe('new');
          expect(classify(v, stored(v, source))).toBe('unchanged');
        },
      ),
    );
  });

  it('is changed when the value, its missing reason, confidentiality or reference date differ', () => {
    const v = value();
    expect(classify(v, { ...stored(v), value: 603463 })).toBe('changed');
    expect(
      classify(value({ value: null, missingReason: 'unknown' }), {
        ...stored(v),
        value: null,
        missingReason: 'suppressed',
      }),
    ).toBe('changed');
    expect(classify(v, { ...stored(v), confidential: true })).toBe('changed');
    expect(classify(v, { ...stored(v), referenceDate: '2023-12-31' })).toBe('changed');
  });
});

describe('tableMatches', () => {
  it('matches a table code, the statistic a flat file names, and file name patterns', () => {
    expect(tableMatches('12411-01-01-5', '12411-01-01-5', 'x.csv')).toBe(true);
    expect(tableMatches('12411-01-01-5', '12411', 'x.csv')).toBe(true);
    expect(tableMatches('12411-01-01-5', '12411-01-01-4', 'x.csv')).toBe(false);
    expect(tableMatches('12411-01-01-5', '1241', 'x.csv')).toBe(false);
    expect(tableMatches('bba_MM_YYYY.xlsx', null, 'bba_12_2025.xlsx')).toBe(true);
    expect(tableMatches('bba_MM_YYYY.xlsx', null, 'bba_1_2025.xlsx')).toBe(false);
    expect(
      tableMatches('Auswertung_Mobilfunkmonitoring.xlsx', null, 'auswertung_mobilfunkmonitoring.xlsx'),
    ).toBe(true);
    expect(tableMatches('21321', null, '21321.csv')).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('accepts years and real days only', () => {
    expect(['2024', '2024-02-29', '2025-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2025-02-29', '2024-13-01', '2024-00-10', '31.12.2024', '24'].some(isCalendarDate)).toBe(false);
  });
});

describe('detectFormat', () => {
  const dir = tempDir('detect-');
  it('recognises GENESIS layouts, broadband and BA exports, workbooks, and plain CSV', async () => {
    const file = (name: string, text: string | Buffer) => writeFixture(dir, name, text);
    expect(
      await detectFormat(
        file(
          'a.csv',
          'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;value;value_unit;value_variable_code;value_variable_label\n',
        ),
      ),
    ).toBe('genesis-ffcsv');
    expect(await detectFormat(file('b.csv', 'GENESIS-Tabelle: 12411-01-01-5\nTitel;;\n'))).toBe(
      'genesis-classic',
    );
    expect(await detectFormat(file('c.csv', '"ags";"verf_300_1000"\n"05913";99.5\n'))).toBe('broadband');
    expect(await detectFormat(file('d.csv', '"Thema:";"Einpendler"\n"Berichtsmonat";"Juni 2023"\n'))).toBe(
      'ba',
    );
    expect(await detectFormat(file('e.csv', 'AGS;Wert\n05913000;1\n'))).toBe('csv');
    expect(await detectFormat(file('bba_12_2025.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe(
      'broadband',
    );
    expect(await detectFormat(file('f.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe('xlsx');
  });
});

describe('publicValue', () => {
  it('withholds the number of a confidential value, and only of a confidential one', () => {
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: null }), fc.boolean(), (x, confidential) => {
        const published = publicValue({ value: x, confidential });
        expect(published).toEqual(
          confidential ? { value: null, withheld: true } : { value: x, withheld: false },
        );
      }),
    );
    expect(publicText({ value: 12, confidential: true }, String)).toBe('vertraulich');
    expect(publicText({ value: 12, confidential: true }, String, 'en')).toBe('confidential');
    expect(publicText({ value: 12, confidential: false }, String)).toBe('12');
  });
});
