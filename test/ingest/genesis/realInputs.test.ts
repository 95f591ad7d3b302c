// Runs the GENESIS readers over the real files in the shared reference folder (only where it exists, see ../reference.ts) and checks facts from its SOURCES.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { detectGenesisFormat, openGenesisTable } from '../../../src/ingest/readers/genesis/index.js';
import type { RawObservation, SourceTable } from '../../../src/ingest/readers/types.js';
import { REAL_INPUTS } from '../reference.js';
import { collect } from './helpers.js';

const ROOT = REAL_INPUTS;

const read = async (path: string): Promise<{ table: SourceTable; all: RawObservation[] }> => {
  const table = await openGenesisTable(join(ROOT, path));
  return { table, all: await collect(table) };
};

const count = (all: RawObservation[], reason: string): number =>
  all.filter((o) => o.missingReason === reason).length;

describe.runIf(existsSync(ROOT))('real GENESIS files', () => {
  it('reads every classic, flat, cube and Landesdatenbank CSV but the damaged one', async () => {
    const files = ['genesis-classic', 'genesis-ffcsv', 'genesis-cube', 'landesdatenbank-nrw'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => `${dir}/${f}`),
    );
    expect(files).toHaveLength(21);
    for (const file of files) {
      expect(detectGenesisFormat(readFileSync(join(ROOT, file)).subarray(0, 4096)), file).not.toBeNull();
      if (file.endsWith('byggvir__12411-0006.csv')) continue;
      const { all } = await read(file);
      expect(all.length, file).toBeGreaterThan(0);
      for (const o of all)
        expect(o.value !== null || o.missingReason !== null, `${file}:${o.line}`).toBe(true);
    }
  });

  it('rejects the lossily converted 12411-0006 (U+FFFD instead of umlauts)', async () => {
    const error = await read('genesis-classic/byggvir__12411-0006.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).line).toBe(2);
    expect((error as Error).message).toMatch(/converted lossily/);
  });

  it('12411-01-01-5 (Gemeinden, 8 dates × 3): 56529 "-", 72 ".", keys of 2–11 digits, Dortmund as a Kreis row', async () => {
    const { table, all } = await read('genesis-classic/datenguide__12411-01-01-5_00.csv');
    expect(table.metadata).toMatchObject({ tableCode: '12411-01-01-5', encoding: 'utf-8' });
    expect(count(all, 'nothing')).toBe(56529);
    expect(count(all, 'unknown')).toBe(72);
    expect(new Set(all.map((o) => o.time)).size).toBe(8);
    expect(new Set(all.map((o) => o.regionKey.length))).toEqual(new Set([2, 3, 5, 7, 8, 10, 11]));
    const dortmund = all.filter((o) => o.regionKey === '05913');
    expect(dortmund).toHaveLength(24);
    expect(dortmund[0]).toMatchObject({
      regionLabel: 'Dortmund, Kreisfreie Stadt',
      variable: 'Bevölkerungsstand|Insgesamt',
      time: '2015-12-31',
    });
    expect(all.some((o) => o.regionKey === '05913000')).toBe(false);
  });

  it('12411-01-01-4 of 2021: Dortmund 586852 (288580 m, 298272 w), Latin-1, © 2023', async () => {
    const { table, all } = await read('genesis-classic/schmittfelix__12411-01-01-4.csv');
    expect(table.metadata).toMatchObject({
      encoding: 'windows-1252',
      publisher: 'Statistische Ämter des Bundes und der Länder',
    });
    expect(
      all.filter((o) => o.regionKey === '05913').map((o) => [o.regionLabel, o.variable, o.time, o.value]),
    ).toEqual([
      ['Dortmund, kreisfreie Stadt', 'Bevölkerungsstand|Insgesamt', '2021-12-31', 586852],
      ['Dortmund, kreisfreie Stadt', 'Bevölkerungsstand|männlich', '2021-12-31', 288580],
      ['Dortmund, kreisfreie Stadt', 'Bevölkerungsstand|weiblich', '2021-12-31', 298272],
    ]);
  });

  it('12411-01-01-4 of 2015 (Latin-1, date in a header row) and of 2018 (Berlin Bezirke secret)', async () => {
    const old = await read('genesis-classic/datenguide__12411-01-01-4.csv');
    expect(old.table.metadata.encoding).toBe('windows-1252');
    expect(new Set(old.all.map((o) => o.time))).toEqual(new Set(['2015-12-31']));
    const y2018 = await read('genesis-classic/mmelchger__12411-01-01-4.csv');
    expect(y2018.all.find((o) => o.regionKey === '05913')?.regionLabel).toBe('Dortmund, Kreisfreie Stadt');
    expect(
      y2018.all
        .filter((o) => o.regionKey.startsWith('11') && o.regionKey.length === 8)
        .every((o) => o.missingReason === 'unknown'),
    ).toBe(true);
  });

  it('13111-01-03-5: lone date line, 4 header rows, 15819 ".", 19365 "-"; Arkebek 13 then secret', async () => {
    const { all } = await read('genesis-classic/datenguide__13111-01-03-5_00.csv');
    expect(count(all, 'unknown')).toBe(15819);
    expect(count(all, 'nothing')).toBe(19365);
    expect(new Set(all.map((o) => o.time))).toEqual(new Set(['2015-06-30']));
    expect(all.filter((o) => o.regionKey === '01051002').map((o) => o.value ?? o.missingReason)).toEqual([
      13,
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  it('13111-08-02-4: 1917 "x", 1540 "-", 1443 "."; the Land row without indent', async () => {
    const { all } = await read('genesis-classic/datenguide__13111-08-02-4_00.csv');
    expect([count(all, 'not-meaningful'), count(all, 'nothing'), count(all, 'unknown')]).toEqual([
      1917, 1540, 1443,
    ]);
    expect(all[0]).toMatchObject({ regionKey: '01', regionLabel: 'Schleswig-Holstein', time: '2015-06-30' });
  });

  it('22542 has "..." (later), 12111 has "/" 155 times and a category column, 41312 has ".g"', async () => {
    const youth = await read('genesis-classic/datenguide__22542-01-02-4_00.csv');
    expect(youth.all.find((o) => o.regionKey === '16056' && o.time === '1994-12-31')).toMatchObject({
      regionLabel: 'Eisenach, krsfr. Stadt',
      missingReason: 'later',
    });
    const census = await read('genesis-classic/datenguide__12111-10-01-4_00.csv');
    expect(count(census.all, 'uncertain')).toBe(155);
    expect(census.all[0]!.attributes).toEqual({ col3: 'Ohne beruflichen Ausbildungsabschluss' });
    const cattle = await read('genesis-classic/datenguide__41312-01-01-4_00.csv');
    expect(cattle.all.filter((o) => o.quality === 'g' && o.missingReason === 'unknown')).toHaveLength(10);
    expect([
      count(cattle.all, 'uncertain'),
      count(cattle.all, 'unknown'),
      count(cattle.all, 'nothing'),
    ]).toEqual([88, 3132, 6622]);
  });

  it('52111 and 52311: header blanks, year column, their "-" and "." counts', async () => {
    const firms = await read('genesis-classic/datenguide__52111-01-01-4_00.csv');
    expect([count(firms.all, 'nothing'), count(firms.all, 'unknown')]).toEqual([3295, 47]);
    expect(firms.all[0]).toMatchObject({
      variable: 'Betriebe insgesamt (B-N,P-S)',
      time: '2014',
      regionKey: 'DG',
    });
    const trade = await read('genesis-classic/datenguide__52311-01-04-4_00.csv');
    expect([count(trade.all, 'unknown'), count(trade.all, 'nothing')]).toEqual([20172, 6800]);
  });

  it('11111 has decimal commas (Flensburg 56,73 qkm), 23111 has 17 value columns and 3479 "-"', async () => {
    const area = await read('genesis-classic/mmelchger__11111-01-01-4.csv');
    expect(area.all.find((o) => o.regionKey === '01001')).toMatchObject({
      value: 56.73,
      unit: 'qkm',
      variable: 'Gebietsfläche',
    });
    const hospitals = await read('genesis-classic/mmelchger__23111-01-04-4.csv');
    expect(new Set(hospitals.all.map((o) => o.column)).size).toBe(17);
    expect(count(hospitals.all, 'nothing')).toBe(3479);
  });

  it('Destatis 12411-0013: 16 Länder × 3 columns; 23211-0002 in Latin-1', async () => {
    const { table, all } = await read('genesis-classic/byggvir__12411-0013.csv');
    expect(table.metadata.publisher).toBe('Statistisches Bundesamt (Destatis)');
    expect(new Set(all.map((o) => o.regionKey)).size).toBe(16);
    expect(new Set(all.map((o) => o.column)).size).toBe(48);
    const deaths = await read('genesis-classic/byggvir__23211-0002.csv');
    expect(deaths.table.metadata.encoding).toBe('windows-1252');
    expect(deaths.all[0]!.attributes).toEqual({ col2: 'Vorsätzliche Selbstbeschädigung' });
  });

  it('Landesdatenbank NRW 33111-02ir: Temporär, Köln, CRLF, "-" cells', async () => {
    const { table, all } = await read('landesdatenbank-nrw/koelnapi__33111-02ir.csv');
    expect(table.metadata.tableCode).toBeNull();
    expect(new Set(all.map((o) => o.regionLabel))).toEqual(new Set(['Köln, krfr. Stadt']));
    expect(new Set(all.map((o) => o.time)).size).toBe(19);
    expect(count(all, 'nothing')).toBeGreaterThan(0);
  });

  it('ffcsv 12411-01-01-4: 1467 rows unsorted (Mannheim first), 222 "-", 56 NRW keys', async () => {
    const { table, all } = await read('genesis-ffcsv/pystatis__12411-01-01-4_1773175772751_de_flat.csv');
    expect(table.metadata.tableCode).toBe('12411-01-01-4');
    expect(all).toHaveLength(1467);
    expect(all[0]!.regionLabel).toBe('Mannheim, Stadtkreis');
    expect(count(all, 'nothing')).toBe(222);
    expect(new Set(all.filter((o) => o.regionKey.startsWith('05')).map((o) => o.regionKey)).size).toBe(56);
    expect(all.find((o) => o.regionKey === '14263')?.missingReason).toBe('nothing');
  });

  it('ffcsv 13111-01-03-4: every Kreis value is "-" (2862) or "." (72); only DINSG, DLAND, REGBEZ carry numbers', async () => {
    const { all } = await read('genesis-ffcsv/pystatis__13111-01-03-4_1773175029986_de_flat.csv');
    const kreise = all.filter((o) => o.regionKey.length >= 5);
    expect(kreise).toHaveLength(2934);
    expect([count(kreise, 'nothing'), count(kreise, 'unknown')]).toEqual([2862, 72]);
    expect(new Set(all.filter((o) => o.value !== null).map((o) => o.regionKey.length))).toEqual(
      new Set([2, 3]),
    );
    expect(new Set(all.map((o) => o.time))).toEqual(new Set(['2025-06-30']));
  });

  it('ffcsv 52111-0001 with value_q: every quality "e"', async () => {
    const { all } = await read('genesis-ffcsv/pystatis__52111-0001_1773175341165_de_flat.csv');
    expect(all).toHaveLength(68);
    expect(new Set(all.map((o) => o.quality))).toEqual(new Set(['e']));
  });

  it('the cube file is recognised and read: 313 values, decimal point, quality p', async () => {
    const file = 'genesis-cube/restatis__cubefile-86e7c4-bdf8da-POST.csv';
    expect(detectGenesisFormat(readFileSync(join(ROOT, file)))).toBe('genesis-cube');
    const { table, all } = await read(file);
    expect(table.metadata.tableCode).toBe('47414BJ002');
    expect(all).toHaveLength(313);
    expect(all[0]).toMatchObject({ value: 136.6, quality: 'p', unit: '2015=100', regionKey: 'DG' });
  });
});
