// The malformed-input corpus: every broken input fails with its exact error, and the database stays as it was.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { importTable } from '../../src/workflow/importTable.js';
import { databases } from '../store/databases.js';
import { dumpStore } from '../workflow/import/dump.js';
import { loadBundle } from '../workflow/import/fixtures.js';

const CORPUS = fileURLToPath(new URL('../fixtures-malformed/', import.meta.url));
const BUILT = mkdtempSync(join(tmpdir(), 'malformed-'));

interface Case {
  /** What is wrong. */
  name: string;
  /** A file of the corpus, or one built by `build` into a temporary folder. */
  file: string;
  build?: () => Promise<void>;
  /** The mapping file: default `<file>.yaml` when it exists, else ki.yaml for CSV and XLSX, none for GENESIS. */
  mapping?: string | null;
  edition?: number;
  /** The exact message, with the folders of the corpus and of the built files left out. */
  error: string;
}

const KI_ROWS: (string | number)[][] = [
  ['AGS', 'Gemeinde', 'KI-Unternehmen'],
  ['05112000', 'Duisburg', 167],
  ['05113000', 'Essen', 201],
  ['05913000', 'Dortmund', 250],
];

async function workbook(name: string, fill: (sheet: ExcelJS.Worksheet) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tabelle1');
  KI_ROWS.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = value)));
  fill(sheet);
  writeFileSync(join(BUILT, name), new Uint8Array(await book.xlsx.writeBuffer()));
}

const CASES: Case[] = [
  { name: 'an empty file', file: 'empty.csv', error: 'empty.csv: the file is empty' },
  {
    name: 'a header without data',
    file: 'header-only.csv',
    error: 'header-only.csv: the table has no data rows below its header',
  },
  {
    name: 'the wrong delimiter',
    file: 'wrong-delimiter.csv',
    error:
      'wrong-delimiter.csv: no header row with a column named AGS, ARS, Regionalschlüssel or similar in the first 4 rows',
  },
  {
    name: 'broken quoting',
    file: 'broken-quoting.csv',
    error:
      'broken-quoting.csv:3: not a valid delimited text table: the parsing is finished with an opening quote at line 4',
  },
  {
    name: 'a byte order mark in the middle',
    file: 'bom-in-the-middle.csv',
    error:
      'bom-in-the-middle.csv:3: a byte order mark (EF BB BF) at byte 51, inside the file: were two files joined? Remove it',
  },
  {
    name: 'mixed decimal separators in a column',
    file: 'mixed-decimal-separators.csv',
    error:
      'mixed-decimal-separators.csv:3: field "KI-Unternehmen": "1,234.5" is written with a decimal point (1,234.5), but line 2 has "1.234,5" with a decimal comma (1.234,5): one column, one number format',
  },
  {
    name: 'a municipality twice with different values',
    file: 'duplicate-keys.csv',
    error:
      'duplicate-keys.csv:5: field "KI-Unternehmen": a second value for ai_firms of 05913000: "260" (no time); line 3 has "250" (no time)',
  },
  {
    name: 'an unknown AGS inside the area',
    file: 'unknown-ags.csv',
    error:
      'unknown-ags.csv:3: region key "05913999" is not a municipality of the master data, although its district 05913 is covered: a typo, or a territorial change that needs a crosswalk',
  },
  {
    name: 'a 5-digit key that is not kreisfrei',
    file: 'district-key-not-kreisfrei.csv',
    error:
      'district-key-not-kreisfrei.csv:3: region key "05978" is the key of district 05978, which is not an independent city (kreisfreie Stadt) of the master data: a district value needs level: district and an allocation in the mapping',
  },
  {
    name: 'a cell that is not a number',
    file: 'non-numeric-cell.csv',
    error:
      'non-numeric-cell.csv:3: field "KI-Unternehmen": "zweihundert" is not a number (decimal ",", thousands ".") nor a sign for a missing value',
  },
  {
    name: 'a negative count',
    file: 'negative-count.csv',
    error:
      'negative-count.csv:3: field "KI-Unternehmen": "-201" is negative, but ai_firms counts (it is the numerator of an indicator per firms_classified)',
  },
  {
    name: 'binary garbage',
    file: 'binary-garbage.csv',
    error: 'binary-garbage.csv:1: binary data (a NUL byte at byte 1), not a text table',
  },
  {
    name: 'UTF-16 text',
    file: 'utf-16.csv',
    error: 'utf-16.csv:1: UTF-16 text (byte order mark FF FE or FE FF): save it as UTF-8 or Windows-1252',
  },
  {
    name: 'an old binary Excel file',
    file: 'old-excel.xls',
    mapping: 'ki.yaml',
    error: 'old-excel.xls: an old binary Excel file (.xls): save it as .xlsx or CSV first',
  },
  {
    name: 'lossily converted UTF-8',
    file: 'lossy-utf8.csv',
    error:
      'lossy-utf8.csv:3: the text contains U+FFFD replacement characters ("05113000;M�lheim an der Ruhr;201"): the file was converted lossily from another encoding (e.g. a Latin-1 export opened as UTF-8 and saved again) and its umlauts are lost; use the original download',
  },
  {
    name: 'Windows-1252 text declared as UTF-8',
    file: 'wrong-encoding.csv',
    error:
      'wrong-encoding.csv:3: bytes FC 6C 68 are not valid UTF-8, but the text before was UTF-8: the file mixes encodings',
  },
  {
    name: 'UTF-8 and Windows-1252 mixed',
    file: 'mixed-encodings.csv',
    error:
      'mixed-encodings.csv:4: bytes F6 72 64 are not valid UTF-8, but the text before was UTF-8: the file mixes encodings',
  },
  {
    name: 'no region key column',
    file: 'no-key-column.csv',
    error:
      'no-key-column.csv: no header row with a column named AGS, ARS, Regionalschlüssel or similar in the first 3 rows',
  },
  {
    name: 'a date that is not a date',
    file: 'date-not-a-date.csv',
    error:
      'date-not-a-date.csv:3: field "Stichtag": "31.02.2025" is not a reference time (YYYY, DD.MM.YYYY or YYYY-MM-DD)',
  },
  {
    name: 'a mapping feeding an unknown indicator',
    file: 'good.csv',
    mapping: 'unknown-indicator.yaml',
    error:
      'unknown-indicator.yaml:6: field "values[0].target": "ki_firms" is not an indicator or denominator of edition 2025 (known: population, employees, firms, firms_classified, job_ads, research_institutions, research_projects, digital_patents, it_employees, it_graduates, ai_job_ads, digital_firms, ai_firms, digital_startups, fttbh, gigabit, mobile_5g)',
  },
  {
    name: 'a mapping whose kind contradicts the spec',
    file: 'good.csv',
    mapping: 'kind-contradicts-spec.yaml',
    error:
      'kind-contradicts-spec.yaml:6: field "values[0].kind": "population" is a denominator in the spec, not an indicator',
  },
  {
    name: 'a mapping that is not YAML',
    file: 'good.csv',
    mapping: 'mapping-not-yaml.yaml',
    error:
      'mapping-not-yaml.yaml:2: not valid YAML: Flow map in block collection must be sufficiently indented and end with a }',
  },
  {
    name: 'a mapping with an unknown field',
    file: 'good.csv',
    mapping: 'mapping-unknown-field.yaml',
    error: 'mapping-unknown-field.yaml:4: field "values[0]": Unrecognized key: "scale"',
  },
  {
    name: 'a mapping with an unknown format',
    file: 'good.csv',
    mapping: 'mapping-unknown-format.yaml',
    error:
      'mapping-unknown-format.yaml:1: field "format": unknown format "pdf" (known: genesis, genesis-classic, genesis-ffcsv, genesis-flat-old, genesis-cube, csv, xlsx, ba, broadband)',
  },
  {
    name: 'a mapping naming a column the table lacks',
    file: 'good.csv',
    mapping: 'mapping-missing-column.yaml',
    error:
      'good.csv:1: field "KI-Firmen": no value column "KI-Firmen" (found: AGS, Gemeinde, KI-Unternehmen)',
  },
  {
    name: 'a mapping for another edition only',
    file: 'good.csv',
    mapping: 'mapping-other-edition.yaml',
    error:
      'good.csv:2: field "KI-Unternehmen": no value for edition 2025: 3 observations read, 3 skipped (most: 3 × values[0] is mapped for edition 2024)',
  },
  {
    name: 'a mapping with an unknown unit set',
    file: 'good.csv',
    mapping: 'mapping-unknown-unit-set.yaml',
    error:
      'mapping-unknown-unit-set.yaml:2: field "unitSet": unit set "districts" has no units in the database (known: municipalities, regions)',
  },
  {
    name: 'a mapping with a date not in the calendar',
    file: 'good.csv',
    mapping: 'mapping-bad-date.yaml',
    error: 'mapping-bad-date.yaml:2: field "referenceDate": "2025-02-30" is not a date of the calendar',
  },
  {
    name: 'a crosswalk whose shares do not add up',
    file: 'good.csv',
    mapping: 'crosswalk-bad-weights.yaml',
    error:
      'crosswalk-bad-weights.csv:2: field "weight": the weights of 05913000 at 2024-01-01 add up to 0.9, not 1',
  },
  {
    name: 'a broadband share above 100 %',
    file: 'broadband-out-of-range.csv',
    error:
      'broadband-out-of-range.csv:3: field "alle Technologien ≥ 1000 Mbit/s": "104.2" is not a share of households 0–100',
  },
  {
    name: 'a GENESIS flat file without a column',
    file: '12411-01-01-5_missing-column_flat.csv',
    error:
      '12411-01-01-5_missing-column_flat.csv:1: field "value_variable_code": missing column (found: statistics_code, statistics_label, time_code, time_label, time, 1_variable_code, 1_variable_label, 1_variable_attribute_code, 1_variable_attribute_label, 2_variable_code, 2_variable_label, 2_variable_attribute_code, 2_variable_attribute_label, value, value_unit, value_variable_label)',
  },
  {
    name: 'a GENESIS flat row with a cell missing',
    file: '12411-01-01-5_cell-count_flat.csv',
    error: '12411-01-01-5_cell-count_flat.csv:4: 16 cells, but the header has 17 columns',
  },
  {
    name: 'a GENESIS flat file cut off',
    file: '12411-01-01-5_truncated_flat.csv',
    error: '12411-01-01-5_truncated_flat.csv:4: 11 cells, but the header has 17 columns',
  },
  {
    name: 'a GENESIS time that is not a date',
    file: '12411-01-01-5_time_flat.csv',
    error: '12411-01-01-5_time_flat.csv:4: field "time": "2024-13-31" is not a year or a date',
  },
  {
    name: 'a GENESIS value that is not a number',
    file: '12411-01-01-5_value_flat.csv',
    error: '12411-01-01-5_value_flat.csv:4: field "value": "603.462,7x" is not a number',
  },
  {
    name: 'a GENESIS file with two reference times',
    file: '12411-01-01-5_two-times_flat.csv',
    error:
      '12411-01-01-5_two-times_flat.csv:4: field "value": a second value for population of 05112000: "498590" (2021-12-31); line 2 has "502211" (2024-12-31): select one time in the mapping (time:)',
  },
  {
    name: 'a GENESIS footer inside the data',
    file: '12411-01-01-5_footer-inside.csv',
    error:
      '12411-01-01-5_footer-inside.csv:14: a data row ("05978;      Unna, Kreis;395000;194000;201000") below the footer line "__________" on line 13: the rows below a footer are not read; remove the footer line from the data',
  },
  {
    name: 'a formula in an Excel cell',
    file: 'formula.xlsx',
    build: () => workbook('formula.xlsx', (s) => (s.getCell('C3').value = { formula: 'C2+34', result: 201 })),
    error: 'formula.xlsx:3: field "C3": formula in cell C3: export values, not formulas',
  },
  {
    name: 'merged cells in the data area',
    file: 'merged.xlsx',
    build: () =>
      workbook('merged.xlsx', (s) => {
        s.getCell('A5').value = '05913000';
        s.getCell('B5').value = 'Dortmund';
        s.getCell('C5').value = 260;
        s.mergeCells('A4:A5');
      }),
    error:
      'merged.xlsx:2: field "C": 3 values differ from the stored ones of edition 2025 (first: 05112000 ai_firms, stored 270, file 167); nothing was imported, --replace replaces them',
  },
  {
    name: 'a workbook cut off',
    file: 'truncated.xlsx',
    build: async () => {
      await workbook('whole.xlsx', () => undefined);
      const bytes = readFileSync(join(BUILT, 'whole.xlsx'));
      writeFileSync(join(BUILT, 'truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    },
    error: 'truncated.xlsx: cannot read the workbook (FILE_ENDED)',
  },
];

function mappingOf(c: Case): string | undefined {
  if (c.mapping === null) return undefined;
  if (c.mapping !== undefined) return join(CORPUS, c.mapping);
  const own = join(CORPUS, c.file.replace(/\.\w+$/, '.yaml'));
  if (existsSync(own)) return own;
  return c.file.startsWith('12411') ? undefined : join(CORPUS, 'ki.yaml');
}

function located(c: Case): string {
  return existsSync(join(CORPUS, c.file)) ? join(CORPUS, c.file) : join(BUILT, c.file);
}

function relative(message: string): string {
  return message.replaceAll(CORPUS, '').replaceAll(`${BUILT}/`, '');
}

describe('the malformed-input corpus', () => {
  it('holds at least 30 inputs, each a file', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    for (const c of CASES) await c.build?.();
    for (const c of CASES) expect(existsSync(located(c)), c.file).toBe(true);
  });
});

// Each input through both paths: read on the main thread, and read on a worker thread (errors cross over).
for (const database of databases) {
  for (const worker of [false, true]) {
    describe(`importing malformed inputs [${database.name}${worker ? ', read on a worker' : ''}]`, () => {
      let store: Store;
      let before: string;
      beforeAll(async () => {
        for (const c of CASES) await c.build?.();
        store = await openStore(await database.freshLocation());
        await loadBundle(store);
        before = await dumpStore(store);
      });
      afterAll(async () => {
        await store.close();
        await database.cleanup();
      });

      it.each(CASES)('$name ($file)', async (c) => {
        const mapping = mappingOf(c);
        let error: unknown;
        try {
          await importTable(store, {
            file: located(c),
            edition: c.edition ?? 2025,
            worker,
            ...(mapping ? { mappingFile: mapping } : {}),
          });
        } catch (e) {
          error = e;
        }
        expect(error, 'the import should fail').toBeInstanceOf(IngestError);
        expect(relative((error as Error).message)).toBe(c.error);
        expect(await dumpStore(store)).toBe(before);
      });
    });
  }
}
