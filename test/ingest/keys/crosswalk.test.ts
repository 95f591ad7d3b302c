import { describe, expect, it } from 'vitest';
import { applyCrosswalk, parseCrosswalk } from '../../../src/ingest/keys/index.js';

const table = [
  'from_ags,to_ags,weight,valid_from',
  '# A and B merge into C in 2021',
  '05000001,05000003,1,2021-01-01',
  '05000002,05000003,1,2021-01-01',
  '# D splits into E (60 %) and F (40 %) in 2022',
  '05000004,05000005,0.6,2022-01-01',
  '05000004,05000006,0.4,2022-01-01',
].join('\n');

const crosswalk = parseCrosswalk(table, 'cw.csv');
const byAgs = (values: { ags: string; value: number | null }[]) =>
  Object.fromEntries(values.map((v) => [v.ags, v.value]));

describe('parseCrosswalk', () => {
  it('reads rows with their lines', () => {
    expect(crosswalk.rows).toHaveLength(4);
    expect(crosswalk.rows[2]).toEqual({
      fromAgs: '05000004',
      toAgs: '05000005',
      weight: 0.6,
      validFrom: '2022-01-01',
      line: 6,
    });
  });

  it('rejects bad keys, weights, dates and shares that do not add up to 1', () => {
    const head = 'from_ags,to_ags,weight,valid_from\n';
    expect(() => parseCrosswalk(`${head}5000001,05000003,1,2021-01-01`, 'cw.csv')).toThrow(
      'cw.csv:2: field "from_ags": "5000001" is not an 8-digit AGS',
    );
    expect(() => parseCrosswalk(`${head}05000001,05000003,1.5,2021-01-01`, 'cw.csv')).toThrow(
      'cw.csv:2: field "weight": "1.5" is not a share in (0, 1]',
    );
    expect(() => parseCrosswalk(`${head}05000001,05000003,1,01.01.2021`, 'cw.csv')).toThrow(
      'cw.csv:2: field "valid_from": "01.01.2021" is not a date YYYY-MM-DD',
    );
    expect(() =>
      parseCrosswalk(`${head}05000004,05000005,0.6,2022-01-01\n05000004,05000006,0.5,2022-01-01`, 'cw.csv'),
    ).toThrow('cw.csv:2: field "weight": the weights of 05000004 at 2022-01-01 add up to 1.1, not 1');
    expect(() =>
      parseCrosswalk(`${head}05000004,05000005,0.5,2022-01-01\n05000004,05000005,0.5,2022-01-01`, 'cw.csv'),
    ).toThrow('cw.csv:3: field "to_ags": 05000004 → 05000005 at 2022-01-01 appears twice (first on line 2)');
  });
});

describe('applyCrosswalk', () => {
  const values = [
    { ags: '05000001', value: 100 },
    { ags: '05000002', value: 50 },
    { ags: '05000004', value: 1000 },
    { ags: '05000007', value: 7 },
  ];

  it('sums counts of a merge and splits counts by the weights', () => {
    const out = applyCrosswalk(values, crosswalk, { measure: 'count', referenceDate: '2020-12-31' });
    expect(byAgs(out)).toEqual({ '05000003': 150, '05000005': 600, '05000006': 400, '05000007': 7 });
    const merged = out.find((v) => v.ags === '05000003')!;
    expect(merged.changed).toBe(true);
    expect(merged.parts.map((p) => p.ags)).toEqual(['05000001', '05000002']);
    expect(out.find((v) => v.ags === '05000007')!.changed).toBe(false);
  });

  it('applies only the changes after the reference date', () => {
    const out = applyCrosswalk(values, crosswalk, { measure: 'count', referenceDate: '2021-06-30' });
    expect(byAgs(out)).toMatchObject({ '05000001': 100, '05000002': 50, '05000005': 600 });
  });

  it('takes the weighted mean of rates: weights as given, or times the population of each part', () => {
    const rates = [
      { ags: '05000001', value: 10 },
      { ags: '05000002', value: 40 },
    ];
    expect(byAgs(applyCrosswalk(rates, crosswalk, { measure: 'rate', referenceDate: '2020-12-31' }))).toEqual(
      { '05000003': 25 },
    );
    const populations = new Map([
      ['05000001', 3000],
      ['05000002', 1000],
    ]);
    expect(
      byAgs(applyCrosswalk(rates, crosswalk, { measure: 'rate', referenceDate: '2020-12-31', populations })),
    ).toEqual({
      '05000003': 17.5,
    });
    // a split part keeps the rate of the whole
    expect(
      byAgs(
        applyCrosswalk([{ ags: '05000004', value: 12 }], crosswalk, {
          measure: 'rate',
          referenceDate: '2020-12-31',
        }),
      ),
    ).toEqual({
      '05000005': 12,
      '05000006': 12,
    });
  });

  it('gives no value where a part is missing or absent, with the reason', () => {
    const out = applyCrosswalk(
      [
        { ags: '05000001', value: 100 },
        { ags: '05000004', value: null, missingReason: 'suppressed' as const },
      ],
      crosswalk,
      { measure: 'count', referenceDate: '2020-12-31' },
    );
    expect(out.find((v) => v.ags === '05000003')).toMatchObject({ value: null, missingReason: 'absent' });
    expect(out.find((v) => v.ags === '05000005')).toMatchObject({ value: null, missingReason: 'suppressed' });
  });

  it('chains changes in date order and adds parts to a municipality that keeps its territory', () => {
    const chain = parseCrosswalk(
      [
        'from_ags,to_ags,weight,valid_from',
        '05000001,05000002,1,2020-01-01',
        '05000002,05000003,1,2023-01-01',
      ].join('\n'),
      'chain.csv',
    );
    const out = applyCrosswalk(
      [
        { ags: '05000001', value: 1 },
        { ags: '05000002', value: 2 },
        { ags: '05000003', value: 4 },
      ],
      chain,
      { measure: 'count', referenceDate: '2019-12-31' },
    );
    expect(byAgs(out)).toEqual({ '05000003': 7 });
    expect(() =>
      applyCrosswalk(
        [
          { ags: '05000002', value: 2 },
          { ags: '05000003', value: 4 },
        ],
        chain,
        { measure: 'rate', referenceDate: '2019-12-31' },
      ),
    ).toThrow(
      /chain.csv:3: field "to_ags": 05000003 receives parts at 2023-01-01 and keeps its own territory/,
    );
  });
});
