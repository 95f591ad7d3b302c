// Hostile names stay JSON strings, formula cells are neutralised, confidential values never leave, headers are set.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralise } from '../../../src/publish/api/neutralise.js';
import {
  ANALYSIS_KINDS,
  type ResultsResponse,
  type UnitProfileResponse,
} from '../../../src/publish/api/types.js';
import type { AppHandle } from '../../../src/publish/server/index.js';
import type { Store } from '../../../src/store/index.js';
import { latestResults } from '../../../src/store/results.js';
import { listValues } from '../../../src/store/values.js';
import { computeEdition } from '../../../src/workflow/computeEdition.js';
import { appOver, demoStore, getJson } from './helpers.js';

const SCRIPT_NAME = '<script>alert("x")</script>';
const FORMULA_NAME = '=HYPERLINK("http://example.invalid","klick")';
const HOSTILE = '05913000'; // Dortmund gets the script name
const FORMULA = '05113000'; // Essen gets the formula name
const SECRET_UNIT = '05911000'; // Bochum: its FTTB/H value is made confidential
const SECRET = 43.21987;

let store: Store;
let handle: AppHandle;

beforeAll(async () => {
  store = await demoStore();
  await store.db.updateTable('units').set({ name: SCRIPT_NAME }).where('code', '=', HOSTILE).execute();
  await store.db.updateTable('units').set({ name: FORMULA_NAME }).where('code', '=', FORMULA).execute();
  // A distinctive number that occurs nowhere else, then the edition recomputed with it.
  await store.db
    .updateTable('observed_values')
    .set({ confidential: 1, value: SECRET })
    .where('unit_code', '=', SECRET_UNIT)
    .where('variable', '=', 'fttbh')
    .where('edition', '=', 2025)
    .execute();
  await computeEdition(store, 2025, 'municipalities');
  const values = await listValues(store.db, { edition: 2025, unitSet: 'municipalities' });
  expect(values.find((v) => v.unitCode === SECRET_UNIT && v.variable === 'fttbh')).toMatchObject({
    value: SECRET,
    confidential: true,
  });
  handle = appOver(store);
}, 60_000);

afterAll(async () => {
  await store.close();
});

describe('hostile names', () => {
  it('come back as JSON strings with a JSON content type, never as HTML', async () => {
    for (const path of ['/api/editions/2025/results', `/api/editions/2025/units/${HOSTILE}`, '/api/units']) {
      const response = await handle.app.request(path);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await response.text();
      expect(text).toContain(JSON.stringify(SCRIPT_NAME));
    }
    const { body } = await getJson<UnitProfileResponse>(handle, `/api/editions/2025/units/${HOSTILE}`);
    expect(body.unit.name).toBe(SCRIPT_NAME);
  });

  it('in an unknown-unit error message are echoed only inside JSON', async () => {
    const response = await handle.app.request('/api/editions/2025/units/%3Cscript%3E');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('formula neutralisation', () => {
  it('prefixes text beginning with = + - @ (and tab, CR) with an apostrophe and leaves numbers alone', () => {
    for (const text of ['=1+1', '+49 201', '-cmd', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['Essen', '1=1', 'a-b', '']) expect(neutralise(text)).toBe(text);
    expect(neutralise(-1.5)).toBe(-1.5);
    expect(neutralise(null)).toBeNull();
  });

  it('applies to CSV downloads', async () => {
    const text = await (await handle.app.request('/api/editions/2025/download/municipalities.csv')).text();
    const records = parse(text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const essen = records.find((r) => r.code === FORMULA)!;
    expect(essen.name).toBe(`'${FORMULA_NAME}`);
    // No cell of the file starts a formula.
    for (const record of records)
      for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+@]/);
    // Negative numbers stay numbers (there are none as text).
    expect(records.every((r) => !Number.isNaN(Number(r.index)))).toBe(true);
  });

  it('applies to XLSX downloads', async () => {
    const response = await handle.app.request('/api/editions/2025/download/indicators.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    let found = 0;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
        if (cell.value === `'${FORMULA_NAME}`) found++;
      });
    });
    expect(found).toBe(12); // one row per indicator
  });
});

describe('confidential values', () => {
  it('are null and flagged in results and profile; the aggregates above them are published', async () => {
    const { body } = await getJson<ResultsResponse>(handle, '/api/editions/2025/results');
    const bochum = body.rows.find((r) => r.code === SECRET_UNIT)!;
    expect(bochum.raw.fttbh).toBeNull();
    expect(bochum.scores.fttbh).toBeNull();
    expect(bochum.ranks.fttbh).toBeNull();
    expect(bochum.flags.fttbh).toBe('confidential');
    expect(bochum.scores.infrastructure).not.toBeNull();
    const profile = (await getJson<UnitProfileResponse>(handle, `/api/editions/2025/units/${SECRET_UNIT}`))
      .body;
    expect(profile.indicators.find((i) => i.code === 'fttbh')).toMatchObject({
      value: null,
      flag: 'confidential',
    });
  });

  it('never appear in any published body', async () => {
    const paths = [
      '/api/editions/2025/results',
      `/api/editions/2025/units/${SECRET_UNIT}`,
      '/api/editions/2025/indicators/fttbh',
      '/api/editions/2025/map.geojson',
      '/api/editions/2025/download/municipalities.csv',
      '/api/editions/2025/download/municipalities.json',
      '/api/editions/2025/download/indicators.csv',
      '/api/editions/2025/download/indicators.json',
      ...ANALYSIS_KINDS.map((kind) => `/api/editions/2025/analysis/${kind}`),
    ];
    // The normalised score gives the value back (min-max): it is withheld too.
    const stored = await latestResults(store.db, 2025, 'municipalities');
    const score = stored.find(
      (r) => r.unitCode === SECRET_UNIT && r.node === 'fttbh' && r.stage === 'normalised',
    )!;
    expect(score.value).not.toBeNull();
    for (const path of paths) {
      const response = await handle.app.request(path);
      expect(response.status, path).toBe(200);
      const text = await response.text();
      expect(text.includes(String(SECRET)), path).toBe(false);
      expect(text.includes(String(score.value)), `${path}: score`).toBe(false);
    }
  });
});

describe('security headers', () => {
  it('sets a CSP without inline scripts or styles, and nosniff, on API and pages', async () => {
    for (const path of ['/api/editions', '/', '/some/deep/link', '/favicon.ico', '/api/editions/x/results']) {
      const response = await handle.app.request(path);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('lets only /embed/ pages be framed by other sites', async () => {
    const response = await handle.app.request('/embed/map');
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(response.headers.get('x-frame-options')).toBeNull();
  });
});
