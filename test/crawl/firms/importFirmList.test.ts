import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import {
  FirmListError,
  importFirmList,
  listStoredFirms,
  markFirmCrawled,
} from '../../../src/crawl/firms/index.js';
import { IngestError } from '../../../src/ingest/errors.js';
import { describeEachDatabase } from '../../store/databases.js';
import { countRows } from '../../store/fixtures.js';
import { RUHR, seedRuhr, tempFiles } from './fixtures.js';

const files = tempFiles();
const HEADER = 'firm_id,name,url,ags,founded,wz';

/** The error a rejected import throws (fails the test when the import succeeds). */
async function rejection(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('the import was expected to fail');
}

describeEachDatabase('importFirmList', (store) => {
  it('imports a list: URLs normalised, firms without website counted, AGS in its usual forms', async () => {
    await seedRuhr(store().db);
    const file = files.write(
      'good.csv',
      [
        HEADER,
        'F1,Alpha GmbH,WWW.Alpha.de,05113000,2021,62.01',
        'F2,Beta KG,,5911000,2019-04-01,',
        'F3,Gamma AG,https://gamma.ruhr:443/de/,05117000,01.03.2015,47.11',
      ].join('\n') + '\n',
    );
    const report = await importFirmList(store(), file);
    expect(report).toMatchObject({
      format: 'csv',
      encoding: 'ascii',
      rows: 3,
      firms: 3,
      withWebsite: 2,
      withoutWebsite: 1,
      inserted: 3,
      invalid: [],
      duplicateSites: [],
      agsFrom: { ags: 3, postcode: 0, town: 0 },
    });
    const firms = await listStoredFirms(store());
    expect(firms.map((f) => [f.firmId, f.url, f.ags, f.founded, f.wz, f.status])).toEqual([
      ['F1', 'http://www.alpha.de/', RUHR.essen, 2021, '62.01', 'pending'],
      ['F2', null, RUHR.bochum, 2019, null, 'no_website'],
      ['F3', 'https://gamma.ruhr/de/', RUHR.muelheim, 2015, '47.11', 'pending'],
    ]);
  });

  it('is idempotent: the same list again changes nothing and keeps crawl results; a new URL recrawls', async () => {
    await seedRuhr(store().db);
    const lines = [HEADER, 'F1,Alpha GmbH,alpha.de,05113000,,', 'F2,Beta KG,beta.de,05911000,,'];
    const file = files.write('again.csv', lines.join('\n'));
    await importFirmList(store(), file);
    await markFirmCrawled(store(), 'F1', { status: 'done', pages: 7, finalUrl: 'https://alpha.de/' });
    await markFirmCrawled(store(), 'F2', { status: 'done', pages: 3, finalUrl: 'http://beta.de/' });
    const second = await importFirmList(store(), file);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, recrawl: 0 });
    expect(await countRows(store().db, 'crawl_firms')).toBe(2);
    const changed = files.write(
      'changed.csv',
      [HEADER, 'F1,Alpha GmbH & Co. KG,alpha.de,05113000,,', 'F2,Beta KG,beta-neu.de,05911000,,'].join('\n'),
    );
    expect(await importFirmList(store(), changed)).toMatchObject({
      inserted: 0,
      updated: 2,
      unchanged: 0,
      recrawl: 1,
    });
    const firms = await listStoredFirms(store());
    expect(firms.map((f) => [f.firmId, f.name, f.status, f.pages])).toEqual([
      ['F1', 'Alpha GmbH & Co. KG', 'done', 7],
      ['F2', 'Beta KG', 'pending', 0],
    ]);
  });

  it('reports firms sharing a website (compared without www, scheme and trailing slash)', async () => {
    await seedRuhr(store().db);
    const file = files.write(
      'dup.csv',
      [
        HEADER,
        'A,Filiale Essen,www.kette.de,05113000,,',
        'B,Filiale Bochum,https://kette.de/,05911000,,',
        'C,Andere,andere.de,05911000,,',
        'D,Filiale Herne,KETTE.de,05911000,,',
      ].join('\n'),
    );
    const report = await importFirmList(store(), file);
    expect(report.duplicateSites).toEqual([
      {
        siteKey: 'kette.de',
        firms: [
          { firmId: 'A', line: 2 },
          { firmId: 'B', line: 3 },
          { firmId: 'D', line: 5 },
        ],
      },
    ]);
    expect(report.firms).toBe(4);
    const firms = await listStoredFirms(store());
    expect(firms.map((f) => f.duplicateOf)).toEqual([null, 'A', null, 'A']);
  });

  it('reads Windows-1252 lists with ; and finds the AGS from postcode and town spellings', async () => {
    await seedRuhr(store().db);
    const postcodes = files.write(
      'plz.csv',
      'plz;ags;ort\n45127;05113000;Essen\n45130;05113000;Essen\n45468;05117000;Mülheim\n44866;05911000;Bochum\n46286;05562016;Haltern\n46286;05562012;Dorsten\n',
    );
    const list = [
      'firm_id;name;url;postcode;town',
      'T1;Bäckerei Müller;baecker-mueller.de;45468;Mülheim a.d. Ruhr',
      'T2;Café Rüttenscheid;;45130;Essen-Rüttenscheid',
      'T3;Werkstatt;werkstatt.de;;Muelheim an der Ruhr',
      'T4;Schlosserei;;;Kamp-Lintfort',
      'T5;Zeche;zeche.de;44866;Bochum-Wattenscheid',
      'T6;Seeblick;seeblick.de;46286;Haltern am See',
      'T7;Niederrhein;;;VOERDE',
    ].join('\r\n');
    const file = files.write('cp1252.csv', Buffer.from(list, 'latin1'));
    const report = await importFirmList(store(), file, { postcodesFile: postcodes });
    expect(report).toMatchObject({
      encoding: 'windows-1252',
      firms: 7,
      invalid: [],
      agsFrom: { ags: 0, postcode: 4, town: 3 },
    });
    const firms = await listStoredFirms(store());
    expect(firms.map((f) => [f.firmId, f.name, f.ags])).toEqual([
      ['T1', 'Bäckerei Müller', RUHR.muelheim],
      ['T2', 'Café Rüttenscheid', RUHR.essen],
      ['T3', 'Werkstatt', RUHR.muelheim],
      ['T4', 'Schlosserei', RUHR.kampLintfort],
      ['T5', 'Zeche', RUHR.bochum],
      ['T6', 'Seeblick', RUHR.haltern],
      ['T7', 'Niederrhein', RUHR.voerde],
    ]);
  });

  it('reads XLSX lists (AGS stored as a number, founding dates as dates)', async () => {
    await seedRuhr(store().db);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Firmen');
    sheet.addRow(['Firm_ID', 'Name', 'Website', 'AGS', 'Founded']);
    sheet.addRow(['X1', 'Excel GmbH', 'excel-gmbh.de', 5113000, new Date(Date.UTC(2022, 5, 1))]);
    sheet.addRow(['X2', 'Ohne Web', null, '05911000', 2001]);
    const file = `${files.dir}/firms.xlsx`;
    await workbook.xlsx.writeFile(file);
    const report = await importFirmList(store(), file);
    expect(report).toMatchObject({ format: 'xlsx', firms: 2, withWebsite: 1 });
    const firms = await listStoredFirms(store());
    expect(firms.map((f) => [f.firmId, f.url, f.ags, f.founded])).toEqual([
      ['X1', 'http://excel-gmbh.de/', RUHR.essen, 2022],
      ['X2', null, RUHR.bochum, 2001],
    ]);
  });

  it('tells its progress: rows checked, then firms stored', async () => {
    await seedRuhr(store().db);
    const rows = Array.from({ length: 2500 }, (_, i) => `P${i},Firma ${i},firma${i}.de,05113000,,`);
    const file = files.write('progress.csv', [HEADER, ...rows].join('\n'));
    const calls: [string, number, number][] = [];
    await importFirmList(store(), file, {
      onProgress: (phase, done, total) => calls.push([phase, done, total]),
    });
    const check = calls.filter((c) => c[0] === 'check');
    const stored = calls.filter((c) => c[0] === 'store');
    expect(check.map((c) => c[1])).toEqual([0, 1000, 2000, 2500]);
    expect(stored.at(-1)).toEqual(['store', 2500, 2500]);
    const done = stored.map((c) => c[1]);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(calls.every((c) => c[2] === 2500)).toBe(true);
  });

  it('uses the bundled municipalities when the database has none yet', async () => {
    const file = files.write(
      'bundled.csv',
      [HEADER, 'B1,Dortmunder Firma,firma-do.de,05913000,,'].join('\n'),
    );
    expect(await importFirmList(store(), file)).toMatchObject({ firms: 1, inserted: 1 });
  });

  it('with skipInvalid imports the valid rows and lists the others', async () => {
    await seedRuhr(store().db);
    const file = files.write(
      'mixed.csv',
      [
        HEADER,
        'G1,Gut,gut.de,05113000,,',
        'G2,Schlecht,mailto:x@y.de,05113000,,',
        'G3,Auch gut,,05911000,,',
      ].join('\n'),
    );
    const report = await importFirmList(store(), file, { skipInvalid: true });
    expect(report.firms).toBe(2);
    expect(report.invalid).toEqual([
      {
        line: 3,
        field: 'url',
        reason: 'invalid URL: "mailto:x@y.de" has the scheme mailto:, not http or https',
      },
    ]);
    expect((await listStoredFirms(store())).map((f) => f.firmId)).toEqual(['G1', 'G3']);
  });
});

describeEachDatabase('importFirmList rejects malformed lists', (store) => {
  const rejected = async (name: string, content: string | Buffer, options = {}) => {
    await seedRuhr(store().db);
    const file = files.write(name, content);
    const error = await rejection(importFirmList(store(), file, options));
    expect(await countRows(store().db, 'crawl_firms')).toBe(0);
    return { file, error };
  };

  it('a missing column', async () => {
    const { file, error } = await rejected('no-url.csv', 'firm_id,name,ags\nF1,A,05113000\n');
    expect(error.message).toBe(`${file}:1: field "url": missing column "url" (found: firm_id, name, ags)`);
  });

  it('no ags and no postcode with town', async () => {
    const { file, error } = await rejected('no-ags.csv', 'firm_id,name,url,town\nF1,A,a.de,Essen\n');
    expect(error.message).toBe(
      `${file}:1: field "ags": missing column "ags" (or "postcode" and "town" instead) (found: firm_id, name, url, town)`,
    );
  });

  it('every bad row at once: invalid URL, unknown AGS, empty and duplicate ids, empty name, bad year, extra fields', async () => {
    const { file, error } = await rejected(
      'bad-rows.csv',
      [
        HEADER,
        'F1,Alpha,alpha.de,05113000,,',
        'F2,Beta,http://beta .de,05113000,,',
        'F3,Gamma,gamma.de,05999000,,',
        ',Delta,delta.de,05113000,,',
        'F1,Epsilon,eps.de,05113000,,',
        'F6,,zeta.de,05113000,,',
        'F7,Eta,eta.de,05113000,vor 1990,',
        'F8,Theta,theta.de,05113000,,,extra',
        'F9,Iota,iota.de,0511300,,',
      ].join('\n'),
    );
    expect(error).toBeInstanceOf(FirmListError);
    expect((error as FirmListError).invalid).toEqual([
      { line: 3, field: 'url', reason: 'invalid URL: "http://beta .de" contains blanks' },
      { line: 4, field: 'ags', reason: 'unknown AGS 05999000 (not a municipality of municipalities)' },
      { line: 5, field: 'firm_id', reason: 'empty firm_id' },
      { line: 6, field: 'firm_id', reason: 'duplicate firm_id "F1" (first at line 2)' },
      { line: 7, field: 'name', reason: 'empty name' },
      {
        line: 8,
        field: 'founded',
        reason: '"vor 1990" is not a year or date (e.g. 2019, 2019-03-01, 01.03.2019)',
      },
      { line: 9, field: null, reason: '7 fields, but the header has 6' },
      {
        line: 10,
        field: 'ags',
        reason: 'invalid AGS: "0511300" has 7 digits with a leading zero: a Gemeindeverband key, not an AGS',
      },
    ]);
    expect(error.message).toBe(
      `${file}:3: field "url": invalid URL: "http://beta .de" contains blanks; 8 problems in all, nothing imported ` +
        '(--skip-invalid imports the valid rows):\n' +
        '  line 3: url: invalid URL: "http://beta .de" contains blanks\n' +
        '  line 4: ags: unknown AGS 05999000 (not a municipality of municipalities)\n' +
        '  line 5: firm_id: empty firm_id\n' +
        '  line 6: firm_id: duplicate firm_id "F1" (first at line 2)\n' +
        '  line 7: name: empty name\n' +
        '  line 8: founded: "vor 1990" is not a year or date (e.g. 2019, 2019-03-01, 01.03.2019)\n' +
        '  line 9: 7 fields, but the header has 6\n' +
        '  line 10: ags: invalid AGS: "0511300" has 7 digits with a leading zero: a Gemeindeverband key, not an AGS',
    );
  });

  it('an unknown town, a town that contradicts its postcode, an unknown postcode', async () => {
    const postcodes = files.write(
      'plz2.csv',
      'postcode,ags\n45127,05113000\n46286,05562016\n46286,05562012\n',
    );
    const { error } = await rejected(
      'towns.csv',
      [
        'firm_id,name,url,postcode,town',
        'P1,A,,45127,Bochum',
        'P2,B,,,Atlantis',
        'P3,C,,46286,Marl',
        'P4,D,,99999,',
        'P5,E,,D-45x27,Essen',
        'P6,F,,4512,Essen',
      ].join('\n'),
      { postcodesFile: postcodes },
    );
    // P6: a 4-digit postcode is padded (04512), which the table does not know; the town decides.
    expect((error as FirmListError).invalid).toEqual([
      {
        line: 2,
        field: 'town',
        reason: 'town "Bochum" (AGS 05911000) does not lie in postcode 45127 (AGS 05113000)',
      },
      { line: 3, field: 'town', reason: 'unknown town "Atlantis" (no municipality of municipalities)' },
      {
        line: 4,
        field: 'town',
        reason:
          'postcode 46286 spans several municipalities (05562016, 05562012) and town "Marl" is none of them',
      },
      {
        line: 5,
        field: 'postcode',
        reason: 'unknown postcode 99999 (not in the postcode table) and no town',
      },
      { line: 6, field: 'postcode', reason: '"D-45x27" is not a postcode' },
    ]);
  });

  it('a file that mixes encodings (UTF-8, then a Latin-1 umlaut)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\nF1,Müller,mueller.de,05113000,,\n`, 'utf8'),
      Buffer.from('F2,Bäcker,baecker.de,05113000,,\n', 'latin1'),
    ]);
    const { file, error } = await rejected('mixed-encoding.csv', bytes);
    expect(error.message).toBe(
      `${file}:3: bytes E4 63 6B are not valid UTF-8, but the text before was UTF-8: the file mixes encodings`,
    );
  });

  it('a UTF-16 file', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le')]);
    const { file, error } = await rejected('utf16.csv', bytes);
    expect(error.message).toBe(
      `${file}:1: wrong encoding: the file is UTF-16; save it as UTF-8 (or Windows-1252) CSV`,
    );
  });

  it('a list converted lossily (U+FFFD instead of umlauts)', async () => {
    const { file, error } = await rejected('lossy.csv', `${HEADER}\nF1,B\uFFFDcker,b.de,05113000,,\n`);
    expect(error.message).toMatch(
      new RegExp(`^${file}:2: the text contains U\\+FFFD replacement characters`),
    );
  });

  it('a list without rows', async () => {
    const { file, error } = await rejected('empty.csv', `${HEADER}\n`);
    expect(error.message).toBe(`${file}:1: the list has no firms below its header`);
  });
});
