import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readBroadband } from '../../../src/ingest/readers/broadband/readBroadband.js';
import { broadbandDateFromName, broadbandVariable } from '../../../src/ingest/readers/broadband/variables.js';
import { collect, FIXTURES, REAL, table, tempFile } from '../csv/helpers.js';
import { rows, workbookFile } from '../xlsx/workbook.js';

/** The Privathaushalte sheet of bba_MM_YYYY.xlsx as data-sources.md §10/11 describes it (values made up). */
function bbaSheet(merged: boolean) {
  return (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => {
    const bands = [
      '≥ 16 Mbit/s',
      '≥ 30 Mbit/s',
      '≥ 50 Mbit/s',
      '≥ 100 Mbit/s',
      '≥ 200 Mbit/s',
      '≥ 400 Mbit/s',
      '≥ 1000 Mbit/s',
    ];
    rows(sheet, [
      [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'Angaben zur Verfügbarkeit in Prozent der Privathaushalte',
      ],
      [],
      [
        undefined,
        undefined,
        'Festnetz: 12.2025',
        undefined,
        undefined,
        undefined,
        'alle Technologien',
        ...Array(6).fill(undefined),
        'FTTB/H',
      ],
      ['AGS', 'Name', 'Verwaltungsebene', 'Land', 'Kreis', 'Haushalte', ...bands, '≥ 1000 Mbit/s'],
      ['DE', 'Deutschland', '1 - Bund', '', '', 41_000_000, 99, 98, 97, 95, 90, 85, 80, 48],
      ['05', 'Nordrhein-Westfalen', '2 - Land', 'NRW', '', 9_000_000, 99, 99, 98, 96, 92, 88, 84, 40],
      [
        '05913',
        'Kreisfreie Stadt Dortmund',
        '3 - Kreis',
        'NRW',
        'Dortmund',
        300_000,
        100,
        100,
        99,
        98,
        97,
        95,
        91.5,
        41.2,
      ],
      [
        '05913000',
        'Stadt Dortmund',
        '4 - Gemeinde',
        'NRW',
        'Dortmund',
        300_000,
        100,
        100,
        99,
        98,
        97,
        95,
        91.5,
        41.2,
      ],
      [5170024, 'Stadt Moers', '4 - Gemeinde', 'NRW', 'Wesel', 52_000, 100, 99, 99, 97, 90, 88, 77, '-'],
    ]);
    if (merged) {
      sheet.mergeCells('G1:N1');
      sheet.mergeCells('G3:M3');
    }
    rows(workbook.addWorksheet('Fläche'), [
      ['AGS', 'Name'],
      ['05913000', 'Stadt Dortmund'],
    ]);
  };
}

describe('readBroadband', () => {
  it('reads the bba_MM_YYYY.xlsx layout: 4 header rows, Gemeinde rows only, FTTB/H and gigabit columns', async () => {
    for (const merged of [true, false]) {
      const file = await workbookFile(`bba_12_2025-${merged}.xlsx`, bbaSheet(merged), 'Privathaushalte');
      const t = await readBroadband(file);
      const obs = await collect(t.observations);
      expect(t.columns.map((c) => `${c.label}:${c.variable}`)).toEqual([
        'G:all_16',
        'H:all_30',
        'I:all_50',
        'J:all_100',
        'K:all_200',
        'L:all_400',
        'M:all_1000',
        'N:ftth_1000',
      ]);
      const values = table(obs);
      expect(Object.keys(values)).toEqual(['05913000', '05170024']);
      expect(values['05913000']).toMatchObject({ all_1000: 91.5, ftth_1000: 41.2 });
      expect(values['05170024']).toMatchObject({ all_1000: 77, ftth_1000: '(unknown)' });
      expect(obs[0]).toMatchObject({
        line: 8,
        column: 'G',
        regionLabel: 'Stadt Dortmund',
        time: '2025-12-31',
        unit: '%',
      });
      expect(t.skipped.list().map((s) => [s.reason, s.count])).toEqual([
        ['administrative level "1 - Bund" (not Gemeinde)', 1],
        ['administrative level "2 - Land" (not Gemeinde)', 1],
        ['administrative level "3 - Kreis" (not Gemeinde)', 1],
      ]);
    }
  });

  it('reads the Gemeinde CSV with long German headers and the same canonical names', async () => {
    const t = await readBroadband(join(FIXTURES, 'breitband-gemeinde-2018_ende.csv'));
    expect(table(await collect(t.observations))).toEqual({
      '05913000': { all_16: 100, all_1000: 3, wired_1000: 3, ftth_1000: 3 },
      '05911000': { all_16: 99, all_1000: 41, wired_1000: 41, ftth_1000: 12 },
      '05170024': { all_16: 97, all_1000: '(unknown)', wired_1000: '(unknown)', ftth_1000: 8 },
    });
  });

  it('reads the code-header variant (verf_300_1000) with decimal points, and the old atene layout', async () => {
    const kreis = await collect(
      (await readBroadband(join(FIXTURES, 'breitband-kreis-2021_1.csv'))).observations,
    );
    expect(table(kreis)['05913']).toEqual({
      all_16: 100,
      all_1000: 66.65,
      wired_1000: 66.65,
      ftth_1000: 12.4,
      lte_2: 100,
    });
    expect(kreis[0]!.time).toBe('2021-06-30');
    const atene = await collect(
      (await readBroadband(join(FIXTURES, 'breitband-atene-Mitte_18.csv'))).observations,
    );
    expect(table(atene)['05913000']).toEqual({ wired_1: 100, wired_50: 92, wireless_1: 100, wireless_50: 0 });
    expect(atene[0]!.time).toBe('2018-06-30');
  });

  it('rejects values outside 0–100 and tables without availability columns', async () => {
    const over = tempFile('over.csv', 'AGS;alle Technologien ≥ 1000 Mbit/s\n05913000;100,6\n');
    await expect(collect((await readBroadband(over)).observations)).rejects.toThrow(
      /over.csv:2: field "alle Technologien ≥ 1000 Mbit\/s": "100,6" is not a share of households 0–100/,
    );
    const none = tempFile('none.csv', 'AGS;Einwohner\n05913000;5\n');
    await expect(readBroadband(none)).rejects.toThrow(/none.csv:1: no availability columns/);
  });

  it('names columns canonically and reads dates from file names', () => {
    expect(broadbandVariable('alle Technologien ≥ 1000 Mbit/s')).toBe('all_1000');
    expect(broadbandVariable('≥ 1000 Mbit/s alle Technologien')).toBe('all_1000');
    expect(broadbandVariable('Angaben zur Verfügbarkeit | FTTB/H | ≥ 1000 Mbit/s')).toBe('ftth_1000');
    expect(broadbandVariable('FTTH/B ≥ 400 Mbit/s')).toBe('ftth_400');
    expect(broadbandVariable('verf_catv_1000')).toBe('catv_1000');
    expect(broadbandVariable('verf_5g_2')).toBe('5g_2');
    expect(broadbandVariable('200_6')).toBe('wireless_6');
    expect(broadbandVariable('firmen_angeschlossen_prozent')).toBeNull();
    expect(broadbandDateFromName('bba_06_2024.xlsx')).toBe('2024-06-30');
    expect(broadbandDateFromName('gemeinde_privat_2018_ende.csv')).toBe('2018-12-31');
    expect(broadbandDateFromName('gemeinde_gewerbe_gwg_2019_mitte.csv')).toBe('2019-06-30');
    expect(broadbandDateFromName('landkreis_privat_2021_2.csv')).toBe('2021-12-31');
    expect(broadbandDateFromName('werte.csv')).toBeNull();
  });
});

const dir = join(REAL, 'breitbandatlas');

describe.runIf(existsSync(dir))('readBroadband on the real atlas files (SOURCES.md §D)', () => {
  it('gemeinde_privat_2018_ende: 11330 Gemeinden × 45 columns, Dortmund 3 % gigabit and 3 % FTTH/B', async () => {
    const t = await readBroadband(join(dir, 'hhilbig__gemeinde_privat_2018_ende.csv'));
    const obs = await collect(t.observations);
    expect(t.columns).toHaveLength(45);
    expect(obs.length).toBe(11330 * 45);
    const dortmund = table(obs.filter((o) => o.regionKey === '05913000'))['05913000']!;
    expect(dortmund).toMatchObject({ all_1000: 3, ftth_1000: 3, all_50: 92, dsl_16: 96 });
    expect(obs[0]).toMatchObject({ regionKey: '01001000', time: '2018-12-31' });
    expect(t.metadata.encoding).toBe('utf-8');
  });

  it('landkreis_privat_2021_1: 402 quoted 5-digit Kreis keys, 58 code columns with decimal points', async () => {
    const t = await readBroadband(join(dir, 'hhilbig__landkreis_privat_2021_1.csv'));
    const obs = await collect(t.observations);
    expect(t.columns).toHaveLength(58);
    expect(new Set(obs.map((o) => o.regionKey)).size).toBe(402);
    expect(table(obs.filter((o) => o.regionKey === '05913'))['05913']).toMatchObject({
      all_1000: 66.65,
      ftth_1000: 6.45,
    });
    expect(obs.every((o) => /^\d{5}$/.test(o.regionKey))).toBe(true);
    // rounding leaves five shares at 100.01: kept as they are
    expect(obs.filter((o) => o.value! > 100).map((o) => o.text)).toEqual(Array(5).fill('100.01'));
  });

  it('Verf_Gemeinden_atene_Mitte_18: unquoted, CRLF, unsorted, 11330 rows', async () => {
    const obs = await collect(
      (await readBroadband(join(dir, 'hhilbig__Verf_Gemeinden_atene_Mitte_18.csv'))).observations,
    );
    expect(obs.length).toBe(11330 * 12);
    expect(obs[0]).toMatchObject({
      regionKey: '07131077',
      variable: 'wired_1',
      value: 99,
      time: '2018-06-30',
    });
    expect(table(obs.filter((o) => o.regionKey === '05913000'))['05913000']).toMatchObject({
      wired_50: 87,
      wireless_50: 0,
    });
  });
});
