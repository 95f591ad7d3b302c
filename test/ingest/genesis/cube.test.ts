import { describe, expect, it } from 'vitest';
import { openGenesisCube } from '../../../src/ingest/readers/genesis/index.js';
import { collect, failure, fixture, tempFile } from './helpers.js';

describe('cube export', () => {
  it('reads the QEI block with the dimensions of DQA and the values of DQI', async () => {
    const table = await openGenesisCube(fixture('cubefile-47414.csv'));
    const all = await collect(table);
    expect(table.metadata.tableCode).toBe('47414BJ002');
    expect(all).toHaveLength(3);
    expect(all[0]).toEqual({
      line: 15,
      column: 'UMS103 WERT',
      regionKey: 'DG',
      regionLabel: null,
      variable: 'UMS103',
      attributes: { WZ08N7: 'WZ08-49-01', WERTE4: 'NOMINAL' },
      time: '2024',
      value: 136.6,
      missingReason: null,
      text: '136.6',
      unit: '2015=100',
      quality: 'p',
      confidential: false,
    });
    expect(all[2]).toMatchObject({ value: null, missingReason: 'unknown', quality: null });
  });

  it('refuses a cube without values', async () => {
    const error = await failure(openGenesisCube(tempFile('c.csv', 'K;DQ;FACH-SCHL\nD;X\n')).then(collect));
    expect(error.message).toMatch(/no value block \(K;QEI\)/);
  });
});
