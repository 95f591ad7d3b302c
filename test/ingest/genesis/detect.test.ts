import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectGenesisFormat, openGenesisTable } from '../../../src/ingest/readers/genesis/index.js';
import { collect, failure, fixture, tempFile } from './helpers.js';

describe('detectGenesisFormat', () => {
  it.each([
    ['12411-01-01-5.csv', 'genesis-classic'],
    ['nrw-33111-02ir.csv', 'genesis-classic'],
    ['12411-01-01-5_1773175772751_de_flat.csv', 'genesis-ffcsv'],
    ['52111-0001_1773175341165_de_flat.csv', 'genesis-ffcsv'],
    ['12411-01-01-5_old_flat.csv', 'genesis-flat-old'],
    ['cubefile-47414.csv', 'genesis-cube'],
  ])('%s is %s', (name, format) => {
    const bytes = readFileSync(fixture(name));
    expect(detectGenesisFormat(bytes)).toBe(format);
    expect(detectGenesisFormat(bytes.subarray(0, 300))).toBe(format);
  });

  it('knows nothing else', () => {
    expect(detectGenesisFormat(Buffer.from('AGS;Name;Wert\n05913000;Dortmund;1\n'))).toBeNull();
    expect(detectGenesisFormat(new Uint8Array(0))).toBeNull();
  });
});

describe('openGenesisTable', () => {
  it('opens each format with its reader', async () => {
    for (const [name, count] of [
      ['12411-01-01-5.csv', 48],
      ['12411-01-01-5_1773175772751_de_flat.csv', 8],
      ['12411-01-01-5_old_flat.csv', 3],
      ['cubefile-47414.csv', 3],
    ] as const) {
      expect(await collect(await openGenesisTable(fixture(name)))).toHaveLength(count);
    }
  });

  it('says what it expected from a file that is none of them', async () => {
    const error = await failure(openGenesisTable(tempFile('other.csv', 'AGS;Wert\n1;2\n')));
    expect(error.message).toMatch(/other\.csv:1: not a GENESIS file/);
  });
});
