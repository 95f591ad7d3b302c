import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baDate } from '../../../src/ingest/readers/ba/baTime.js';
import { classifyBaRegion } from '../../../src/ingest/readers/ba/pseudoRegions.js';
import { readBa } from '../../../src/ingest/readers/ba/readBa.js';
import { collect, FIXTURES, REAL, table } from '../csv/helpers.js';
import { rows, workbookFile } from '../xlsx/workbook.js';

describe('readBa (CSV export of the BA "Interaktive Statistiken")', () => {
  it('reads the metadata block, the region and its label, further keys as attributes; skips and counts pseudo-regions', async () => {
    const t = await readBa(join(FIXTURES, 'ba-pendler.csv'));
    const obs = await collect(t.observations);
    expect(t.metadata).toMatchObject({
      format: 'ba',
      title: 'Einpendler Kreise',
      publisher: 'Statistik der Bundesagentur für Arbeit',
    });
    expect(t.properties).toMatchObject({
      Land: 'Nordrhein-Westfalen',
      'Regionale Ebene': 'Kreise',
      Berichtsmonat: 'Juni 2023',
    });
    expect(t.columns.map((c) => c.variable)).toEqual(['Insgesamt', 'Männer', 'Frauen']);
    expect(obs[0]).toMatchObject({
      line: 11,
      column: 'Insgesamt',
      regionKey: '05913',
      regionLabel: 'Dortmund, Stadt',
      attributes: { Wohnort: '0' },
      time: '2023-06-30',
      value: 1234,
    });
    expect(
      obs
        .filter((o) => o.attributes.Wohnort === '0')
        .map((o) => [o.regionKey, o.variable, o.value ?? o.missingReason]),
    ).toEqual([
      ['05913', 'Insgesamt', 1234],
      ['05913', 'Männer', 700],
      ['05913', 'Frauen', 534],
      ['05978', 'Insgesamt', 880],
      ['05978', 'Männer', 'nothing'],
      ['05978', 'Frauen', 'suppressed'],
    ]);
    expect(t.skipped.list()).toEqual([
      { reason: 'footer below the table', count: 2, examples: expect.any(Array) },
      {
        reason: 'Wohnort: foreign country',
        count: 2,
        examples: [
          { line: 14, column: 'Regionalschlüssel', text: 'PL' },
          { line: 17, column: 'Regionalschlüssel', text: 'NL' },
        ],
      },
      {
        reason: 'Wohnort: pseudo-region (Übrige …, xx key)',
        count: 1,
        examples: [{ line: 13, column: 'Regionalschlüssel', text: '010xx' }],
      },
    ]);
  });

  it('reads an Excel table with title rows, a merged multi-row header and suppressed cells', async () => {
    const file = await workbookFile('ba.xlsx', (sheet) => {
      rows(sheet, [
        ['Sozialversicherungspflichtig Beschäftigte am Arbeitsort nach Gemeinden'],
        ['Stichtag', '30.06.2024'],
        [],
        ['Gemeinde', 'Regionalschlüssel', 'Insgesamt', 'darunter', undefined],
        [undefined, undefined, undefined, 'Frauen', 'Ausländer'],
        ['Deutschland', 'D', 35_000_000, 16_000_000, 5_000_000],
        ['Dortmund, Stadt', '05913000', 245_000, 114_000, 30_000],
        ['Bönen', 5978008, 4_000, '*', 'x'],
        ['Übrige Gemeinden', '05978xxx', 10, 5, 5],
        [],
        ['© Statistik der Bundesagentur für Arbeit'],
      ]);
      sheet.mergeCells('D4:E4');
      sheet.mergeCells('A4:A5');
      sheet.mergeCells('B4:B5');
      sheet.mergeCells('C4:C5');
    });
    const t = await readBa(file);
    const obs = await collect(t.observations);
    expect(t.columns).toEqual([
      { label: 'C', variable: 'Insgesamt' },
      { label: 'D', variable: 'darunter | Frauen' },
      { label: 'E', variable: 'darunter | Ausländer' },
    ]);
    expect(table(obs)).toEqual({
      '05913000': { Insgesamt: 245000, 'darunter | Frauen': 114000, 'darunter | Ausländer': 30000 },
      '05978008': {
        Insgesamt: 4000,
        'darunter | Frauen': '(suppressed)',
        'darunter | Ausländer': '(not-meaningful)',
      },
    });
    expect(obs[0]).toMatchObject({ time: '2024-06-30', regionLabel: 'Dortmund, Stadt', attributes: {} });
    expect(t.skipped.list().map((s) => [s.reason, s.count])).toEqual([
      ['footer below the table', 1],
      ['region: pseudo-region (Übrige …, xx key)', 1],
      ['region: total, not a region', 1],
    ]);
  });
});

describe('BA helpers', () => {
  it('tells regions, pseudo-regions, foreign countries and totals apart', () => {
    expect(classifyBaRegion('05913', 'Dortmund, Stadt')).toBe('region');
    expect(classifyBaRegion('010xx', 'Übrige Kreise (Regierungsbezirk)')).toBe('pseudo-region');
    expect(classifyBaRegion('99999', 'Übrige Kreise')).toBe('pseudo-region');
    expect(classifyBaRegion('PL', 'Polen')).toBe('foreign');
    expect(classifyBaRegion('USA', 'Vereinigte Staaten')).toBe('foreign');
    expect(classifyBaRegion('0', 'Einpendler insgesamt')).toBe('total');
    expect(classifyBaRegion('D', 'Deutschland')).toBe('total');
    expect(classifyBaRegion('?', null)).toBe('pseudo-region');
  });

  it('reads the reference date of the metadata', () => {
    expect(baDate('Juni 2023')).toBe('2023-06-30');
    expect(baDate('Februar 2024')).toBe('2024-02-29');
    expect(baDate('März 2024')).toBe('2024-03-31');
    expect(baDate('30.06.2024')).toBe('2024-06-30');
    expect(baDate('2024')).toBe('2024');
    expect(baDate('Sommer 2024')).toBeNull();
  });
});

const baDir = join(REAL, 'ba-statistik');

describe.runIf(existsSync(baDir))('readBa on the real BA commuter export (SOURCES.md §E)', () => {
  it('reads all 11078 data rows of the 11094 lines: 53 NRW Kreise, 1087 pseudo-region and 252 foreign rows skipped', async () => {
    const t = await readBa(join(baDir, 'matchmeup__statistik_pendler_2024071523727_MODIFIED.csv'));
    const obs = await collect(t.observations);
    expect(t.metadata).toMatchObject({ title: 'Einpendler Kreise', encoding: 'utf-8 (BOM)' });
    expect(t.properties).toMatchObject({
      Land: 'Nordrhein-Westfalen',
      'Regionale Ebene': 'Kreise',
      Gebietsstand: 'Juni 2023',
    });
    const rowsRead = obs.length / 6;
    expect(t.skipped.count('Wohnort: pseudo-region (Übrige …, xx key)')).toBe(1087);
    expect(t.skipped.count('Wohnort: foreign country')).toBe(252);
    expect(t.skipped.count('footer below the table')).toBe(3);
    expect(rowsRead + 1087 + 252).toBe(11078);
    expect(new Set(obs.map((o) => o.regionKey)).size).toBe(53);
    expect(t.skipped.list().find((s) => s.reason.includes('pseudo'))!.examples[0]).toEqual({
      line: 258,
      column: 'Regionalschlüssel',
      text: '092xx',
    });
    const dortmund = obs.filter((o) => o.regionKey === '05913' && o.attributes.Wohnort === '0');
    expect(dortmund.map((o) => [o.variable, o.value])).toEqual([
      ['Insgesamt', 122120],
      ['Männer', 71410],
      ['Frauen', 50720],
      ['Deutsche', 105560],
      ['Ausländer', 16570],
      ['Auszubildende', 3780],
    ]);
    expect(dortmund[0]!.time).toBe('2023-06-30');
  });
});
