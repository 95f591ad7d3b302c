import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/ingest/errors.js';
import { readCsv } from '../../../src/ingest/readers/csv/readCsv.js';
import { collect, table, tempFile } from './helpers.js';

const read = async (name: string, text: string | Uint8Array, options = {}) => {
  const t = await readCsv(tempFile(name, text), options);
  return { t, obs: await collect(t.observations) };
};

describe('readCsv: delimiter, quoting, BOM, encoding', () => {
  it('detects ; , and tab, and reads a wide table into observations located by line and column', async () => {
    for (const d of [';', ',', '\t']) {
      const { t, obs } = await read(
        `d${d === '\t' ? 'tab' : d}.csv`,
        `AGS${d}Name${d}Einwohner\n05913000${d}Dortmund${d}587010\n05911000${d}Bochum${d}364628\n`,
        {
          labelColumn: 'Name',
        },
      );
      expect(t.columns).toEqual([{ label: 'Einwohner', variable: 'Einwohner' }]);
      expect(obs).toEqual([
        expect.objectContaining({
          line: 2,
          column: 'Einwohner',
          regionKey: '05913000',
          regionLabel: 'Dortmund',
          value: 587010,
        }),
        expect.objectContaining({
          line: 3,
          regionKey: '05911000',
          value: 364628,
          missingReason: null,
          text: '364628',
        }),
      ]);
    }
  });

  it('strips a BOM, reads quoted cells with delimiters, quotes and line breaks, and counts lines right', async () => {
    const text =
      '\ufeff"AGS";"Bemerkung";"Wert"\n"05913000";"a; ""b""\nzweite Zeile";"1,5"\n"05911000";"";"2,5"\n';
    const { t, obs } = await read('quoted.csv', text, { valueColumns: ['Wert'] });
    expect(t.metadata.encoding).toBe('utf-8 (BOM)');
    expect(obs.map((o) => [o.line, o.regionKey, o.value])).toEqual([
      [2, '05913000', 1.5],
      [4, '05911000', 2.5],
    ]);
  });

  it('reads Windows-1252 text (detected or declared) and rejects a lossily converted file', async () => {
    const latin1 = Buffer.from('AGS;Gemeinde;Fläche\n05978008;Bönen;38,04\n', 'latin1');
    const { t, obs } = await read('latin1.csv', latin1, { labelColumn: 'Gemeinde' });
    expect(t.metadata.encoding).toBe('windows-1252');
    expect(obs[0]).toMatchObject({ regionLabel: 'Bönen', variable: 'Fläche', value: 38.04 });
    const declared = await read('latin1b.csv', latin1, { labelColumn: 'Gemeinde', encoding: 'ISO-8859-1' });
    expect(declared.obs[0]!.regionLabel).toBe('Bönen');
    await expect(read('broken.csv', 'AGS;Gemeinde;x\n05978008;B\ufffdnen;1\n')).rejects.toThrow(
      /broken.csv:2: .*U\+FFFD/,
    );
    await expect(read('enc.csv', 'AGS;x\n1;2\n', { encoding: 'ebcdic' })).rejects.toThrow(
      'unknown encoding "ebcdic"',
    );
  });

  it('finds the header below a preamble, keeps the preamble as properties, and names an unclosed quote', async () => {
    const { t, obs } = await read('pre.csv', 'Tabelle: Test\nStand;31.12.2024\n\nAGS;Wert\n05913000;7\n');
    expect(t.properties).toEqual({ Stand: '31.12.2024' });
    expect(obs[0]).toMatchObject({ line: 5, value: 7 });
    await expect(read('open.csv', 'AGS;Wert\n05913000;"7\n')).rejects.toThrow(
      /open.csv:2: not a valid delimited text table/,
    );
    await expect(read('nokey.csv', 'Gemeinde;Wert\nDortmund;7\n')).rejects.toThrow(
      'nokey.csv: no header row with a column named AGS, ARS, Regionalschlüssel or similar in the first 2 rows',
    );
  });
});

describe('readCsv: numbers per column', () => {
  it('decides decimal comma or point per column from the cells', async () => {
    const { obs } = await read(
      'mixed-columns.csv',
      'AGS;de;en;int\n05913000;1.234,5;1,234.5;7\n05911000;3,25;3.25;8\n05978008;1.000;1.5;9\n',
    );
    expect(table(obs)).toEqual({
      '05913000': { de: 1234.5, en: 1234.5, int: 7 },
      '05911000': { de: 3.25, en: 3.25, int: 8 },
      '05978008': { de: 1000, en: 1.5, int: 9 },
    });
  });

  it('rejects a column that mixes "1.234,5" and "1,234.5", naming both lines', async () => {
    const text = 'AGS;Wert\n05913000;1.234,5\n05911000;2\n05978008;1,234.5\n';
    const error = await read('mix.csv', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).line).toBe(4);
    expect((error as IngestError).field).toBe('Wert');
    expect((error as Error).message).toContain(
      '/mix.csv:4: field "Wert": "1,234.5" is written with a decimal point (1,234.5), but line 2 has "1.234,5" with a decimal comma (1.234,5): one column, one number format',
    );
  });

  it('rejects a contradiction that appears only after the rows used to decide', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => `0591300${i};1.234`).join('\n');
    await expect(read('late.csv', `AGS;Wert\n${rows}\n05978008;1.5\n`, { sampleRows: 3 })).rejects.toThrow(
      /late.csv:7: field "Wert": "1.5" is written with a decimal point .* declare the decimal separator/,
    );
  });

  it('reads ambiguous cells by the other columns, else by the delimiter, else as declared', async () => {
    expect(table((await read('a1.csv', 'AGS;x;y\n05913000;1.234;2,5\n')).obs)['05913000']).toEqual({
      x: 1234,
      y: 2.5,
    });
    expect(table((await read('a2.csv', 'AGS;x;y\n05913000;1.234;2.5\n')).obs)['05913000']).toEqual({
      x: 1.234,
      y: 2.5,
    });
    expect(table((await read('a3.csv', 'AGS;x\n05913000;1.234\n')).obs)['05913000']).toEqual({ x: 1234 });
    expect(table((await read('a4.csv', 'AGS,x\n05913000,"1,234"\n')).obs)['05913000']).toEqual({ x: 1234 });
    expect(table((await read('a5.csv', 'AGS,x\n05913000,1.234\n')).obs)['05913000']).toEqual({ x: 1.234 });
    const declared = await read('a6.csv', 'AGS;x\n05913000;1 234,5\n', { decimal: ',', thousands: ' ' });
    expect(declared.obs[0]!.value).toBe(1234.5);
    const blanks = await read('a9.csv', 'AGS;x;y\n05913000;1 234 567;12\u00a0345,5\n');
    expect(blanks.obs.map((o) => o.value)).toEqual([1234567, 12345.5]);
    await expect(read('a10.csv', 'AGS;x\n05913000;1 234\n', { decimal: ',', thousands: '' })).rejects.toThrow(
      '"1 234" is not a number',
    );
    await expect(
      read('a7.csv', 'AGS;x\n05913000;1.234,5\n', { decimal: '.', thousands: ',' }),
    ).rejects.toThrow(
      'a7.csv:2: field "x": "1.234,5" is not a number (decimal ".", thousands ",") nor a sign for a missing value',
    );
    await expect(read('a8.csv', 'AGS;x\n05913000;1\n', { decimal: ',', thousands: ',' })).rejects.toThrow(
      'the thousands separator cannot be the decimal separator ","',
    );
  });

  it('turns the official signs into missing reasons and keeps a quality flag', async () => {
    const { obs } = await read('signs.csv', 'AGS;a;b;c;d;e;f;g;h\n05913000;-;.;x;/;...;*;.g;\n', {
      missing: { 'k.A.': 'unknown' },
    });
    expect(obs.map((o) => [o.variable, o.missingReason, o.quality])).toEqual([
      ['a', 'nothing', null],
      ['b', 'unknown', null],
      ['c', 'not-meaningful', null],
      ['d', 'uncertain', null],
      ['e', 'later', null],
      ['f', 'suppressed', null],
      ['g', 'unknown', 'g'],
      ['h', 'absent', null],
    ]);
    await expect(read('text.csv', 'AGS;a\n05913000;viele\n')).rejects.toThrow(
      'text.csv:2: field "a": "viele" is not a number',
    );
  });
});

describe('readCsv: table shapes', () => {
  it('reads a long table (variable, value, time, unit and attribute columns)', async () => {
    const text =
      'ags;jahr;merkmal;geschlecht;wert;einheit\n05913000;2024;BEVSTD;m;288580;Anzahl\n05913000;31.12.2024;BEVSTD;w;298272;Anzahl\n';
    const { obs } = await read('long.csv', text, {
      keyColumn: 'ags',
      timeColumn: 'jahr',
      variableColumn: 'merkmal',
      valueColumn: 'wert',
      unitColumn: 'einheit',
      attributeColumns: ['geschlecht'],
    });
    expect(obs.map((o) => [o.variable, o.attributes, o.time, o.value, o.unit, o.column])).toEqual([
      ['BEVSTD', { geschlecht: 'm' }, '2024', 288580, 'Anzahl', 'wert'],
      ['BEVSTD', { geschlecht: 'w' }, '2024-12-31', 298272, 'Anzahl', 'wert'],
    ]);
    await expect(
      read('badtime.csv', 'ags;jahr;x\n05913000;2024/25;1\n', { keyColumn: 'ags', timeColumn: 'jahr' }),
    ).rejects.toThrow('badtime.csv:2: field "jahr": "2024/25" is not a reference time');
  });

  it('joins a multi-row header and carries labels across when asked', async () => {
    const text = ';;Beschäftigte;;\nAGS;Name;insgesamt;Frauen;\n05913000;Dortmund;1;2;\n';
    const { obs } = await read('multi.csv', text, { headerRows: 2, carryAcross: true, labelColumn: 'Name' });
    expect(obs.map((o) => o.variable)).toEqual(['Beschäftigte | insgesamt', 'Beschäftigte | Frauen']);
    await expect(read('nocol.csv', 'AGS;a\n1;2\n', { valueColumns: ['b'] })).rejects.toThrow(
      'nocol.csv:1: field "b": no value column "b" (found: AGS, a)',
    );
  });

  it("counts rows without a key and reads keys as written (normalising is the mapping's job)", async () => {
    const { t, obs } = await read('keys.csv', 'AGS;x\n5913000;1\n;2\n05913;3\n');
    expect(obs.map((o) => o.regionKey)).toEqual(['5913000', '05913']);
    expect(t.skipped.list()).toEqual([
      { reason: 'row without a region key', count: 1, examples: [{ line: 3, column: null, text: ';2' }] },
    ]);
  });
});
