import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import {
  normaliseDistrictKey,
  normaliseRegionKey,
  regionMasterFromUnits,
  requireRegionKey,
} from '../../../src/ingest/keys/index.js';
import type { Unit } from '../../../src/model/index.js';

const unit = (code: string, district: string | null): Unit => ({
  unitSet: 'municipalities',
  code,
  name: code,
  type: null,
  district,
  population: null,
  areaKm2: null,
  centerLat: null,
  centerLon: null,
  source: 'test',
});

const master = regionMasterFromUnits([
  unit('05913000', 'kreisfrei'),
  unit('05111000', 'kreisfrei'),
  unit('05170024', 'Kreis Wesel'),
  unit('11000000', 'kreisfrei'),
]);

const ags = (text: string, m = master) => {
  const r = normaliseRegionKey(text, m);
  return r.ok ? r.ags : `${r.problem}: ${r.reason}`;
};

describe('normaliseRegionKey', () => {
  it('keeps an 8-digit AGS and restores the leading zero a spreadsheet dropped', () => {
    expect(ags('05913000')).toBe('05913000');
    expect(ags('5111000')).toBe('05111000');
    expect(normaliseRegionKey('5111000')).toEqual({ ok: true, ags: '05111000', form: 'ags-lost-zero' });
  });

  it('maps the 5-digit key of an independent city, not of a Kreis', () => {
    expect(normaliseRegionKey('05913', master)).toEqual({
      ok: true,
      ags: '05913000',
      form: 'independent-city',
    });
    expect(ags('5913')).toBe('05913000');
    expect(ags('11000')).toBe('11000000');
    expect(ags('05170')).toBe(
      'district: "05170" is a district key and 05170000 is not an independent city (kreisfreie Stadt) in the master data',
    );
    expect(normaliseRegionKey('05913')).toMatchObject({ ok: false, problem: 'district' });
  });

  it('takes the AGS out of a 12-digit ARS (positions 1–5 and 10–12)', () => {
    expect(normaliseRegionKey('051700024024', master)).toEqual({ ok: true, ags: '05170024', form: 'ars' });
    expect(ags('059130000000')).toBe('05913000');
    expect(ags('59130000000')).toBe('05913000');
  });

  it('removes blanks, quotes and the Excel ="…" wrapper', () => {
    expect(ags(' "05913000" ')).toBe('05913000');
    expect(ags('="05913000"')).toBe('05913000');
  });

  it('rejects other levels, text and unknown municipalities with the reason', () => {
    expect(ags('0713101')).toMatch(/^other-level: .*Gemeindeverband/);
    expect(ags('0713100007')).toMatch(/^other-level: "0713100007" has 10 digits/);
    expect(ags('05')).toMatch(/^other-level/);
    expect(ags('PL')).toBe('malformed: "PL" is not a region key (digits only expected)');
    expect(ags('010xx')).toMatch(/^malformed/);
    expect(ags('')).toMatch(/^malformed/);
    expect(ags('05913001')).toBe('unknown: AGS 05913001 (from "05913001") is not in the master data');
  });

  it('throws an IngestError naming file, line and field in its throwing form', () => {
    expect(requireRegionKey('5913000', master, { file: 'f.csv', line: 3, field: 'AGS' })).toBe('05913000');
    expect(() => requireRegionKey('PL', master, { file: 'f.csv', line: 3, field: 'AGS' })).toThrow(
      IngestError,
    );
    expect(() => requireRegionKey('PL', master, { file: 'f.csv', line: 3, field: 'AGS' })).toThrow(
      'f.csv:3: field "AGS": "PL" is not a region key',
    );
  });
});

describe('normaliseRegionKey (properties)', () => {
  const land = fc.integer({ min: 1, max: 16 }).map((n) => String(n).padStart(2, '0'));
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const anyAgs = fc.tuple(land, digits(6)).map(([l, rest]) => l + rest);

  it('reads every AGS back from its text, from the number a spreadsheet made of it, and from its ARS', () => {
    fc.assert(
      fc.property(anyAgs, digits(4), (code, verband) => {
        const known = { known: new Set([code]), independentCities: new Set<string>() };
        expect(normaliseRegionKey(code, known)).toMatchObject({ ok: true, ags: code });
        expect(normaliseRegionKey(String(Number(code)), known)).toMatchObject({ ok: true, ags: code });
        const ars = code.slice(0, 5) + verband + code.slice(5);
        expect(normaliseRegionKey(ars, known)).toMatchObject({ ok: true, ags: code });
        expect(normaliseRegionKey(String(Number(ars)), known)).toMatchObject({ ok: true, ags: code });
      }),
    );
  });

  it('maps the district key of an independent city both as text and as a number', () => {
    fc.assert(
      fc.property(land, digits(3), (l, kreis) => {
        const city = `${l}${kreis}000`;
        const known = { known: new Set([city]), independentCities: new Set([city]) };
        expect(normaliseRegionKey(`${l}${kreis}`, known)).toMatchObject({ ok: true, ags: city });
        expect(normaliseRegionKey(String(Number(`${l}${kreis}`)), known)).toMatchObject({
          ok: true,
          ags: city,
        });
      }),
    );
  });

  it('gives an 8-digit AGS or a reason for any text, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const r = normaliseRegionKey(text, master);
        if (r.ok) expect(r.ags).toMatch(/^\d{8}$/);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('normaliseDistrictKey', () => {
  it('accepts district keys in their usual spellings', () => {
    expect(normaliseDistrictKey('05170')).toEqual({ ok: true, district: '05170' });
    expect(normaliseDistrictKey('5170')).toEqual({ ok: true, district: '05170' });
    expect(normaliseDistrictKey('05913000')).toEqual({ ok: true, district: '05913' });
    expect(normaliseDistrictKey('059130000000')).toEqual({ ok: true, district: '05913' });
    expect(normaliseDistrictKey('05170024')).toMatchObject({ ok: false });
    expect(normaliseDistrictKey('DG')).toMatchObject({ ok: false });
  });
});
