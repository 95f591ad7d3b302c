import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../src/engine/errors.js';
import type { UncertainChoice } from '../../../src/engine/uncertainty/choices.js';
import { formatMethod, parseMethod, splitMethods } from '../../../src/engine/uncertainty/methodText.js';
import { formatParameterTable, parseParameterTable } from '../../../src/engine/uncertainty/parameterTable.js';

describe('methods written as text', () => {
  it('parses name and name(key=value;…) with numbers, flags, text and lists, and writes them back', () => {
    expect(parseMethod('zscore')).toEqual({ method: 'zscore', params: {} });
    const m = parseMethod('winsorise(winmax=5; skew_thresh=2.25;log=true;group=district;levels=2|3)');
    expect(m).toEqual({
      method: 'winsorise',
      params: { winmax: 5, skew_thresh: 2.25, log: true, group: 'district', levels: [2, 3] },
    });
    expect(parseMethod(formatMethod(m))).toEqual(m);
    expect(() => parseMethod('minmax(low)')).toThrow(EngineError);
    expect(() => parseMethod('1bad')).toThrow(EngineError);
  });

  it('splits a list at commas outside parentheses', () => {
    expect(splitMethods('zscore, minmax(low=1;high=100),rank')).toEqual([
      'zscore',
      'minmax(low=1;high=100)',
      'rank',
    ]);
  });
});

describe('the parameter table', () => {
  const choices: UncertainChoice[] = [
    { kind: 'weights', perturbation: 0.25 },
    {
      kind: 'normalise',
      alternatives: [
        { method: 'minmax', params: { low: 0, high: 100 } },
        { method: 'zscore', params: {} },
      ],
    },
    {
      kind: 'aggregate',
      level: 2,
      alternatives: [
        { method: 'arithmetic', params: {} },
        { method: 'geometric', params: {} },
      ],
    },
    { kind: 'exclude', alternatives: [null, 'a1'], name: 'leave out' },
  ];
  const draws = [
    [
      { weights: { a1: 1.0000000000000002, B: 0.75 } },
      { alternative: 0 },
      { alternative: 1 },
      { alternative: 0 },
    ],
    [{ weights: { a1: 0.9, B: 1.2 } }, { alternative: 1 }, { alternative: 0 }, { alternative: 1 }],
  ];

  it('writes one column per choice and one row per run, with full-precision weights', () => {
    expect(formatParameterTable(choices, draws)).toEqual([
      ['run', 'weights', 'normalise', 'aggregate:2', 'exclude:leave out'],
      ['1', 'a1=1.0000000000000002;B=0.75', 'minmax(low=0;high=100)', 'geometric', ''],
      ['2', 'a1=0.9;B=1.2', 'zscore', 'arithmetic', 'a1'],
    ]);
  });

  it('reads back the same settings of every run', () => {
    const parsed = parseParameterTable(formatParameterTable(choices, draws));
    expect(parsed.runs).toEqual(['1', '2']);
    expect(parsed.choices.map((c) => c.kind)).toEqual(['weights', 'normalise', 'aggregate', 'exclude']);
    expect(parsed.choices[2]).toMatchObject({ level: 2 });
    const settings = (cs: UncertainChoice[], ds: typeof draws) =>
      ds.map((d) =>
        d.map((v, c) =>
          'weights' in v ? v.weights : (cs[c] as { alternatives: unknown[] }).alternatives[v.alternative],
        ),
      );
    expect(settings(parsed.choices, parsed.draws as typeof draws)).toEqual(settings(choices, draws));
  });

  it('reads a table without a run column, and names what is wrong with a bad one', () => {
    const parsed = parseParameterTable([
      ['treat', 'exclude'],
      ['winsorise(winmax=3)', 'I01'],
      ['winsorise(winmax=5)', ''],
    ]);
    expect(parsed.runs).toEqual(['1', '2']);
    expect(parsed.draws).toEqual([
      [{ alternative: 0 }, { alternative: 0 }],
      [{ alternative: 1 }, { alternative: 1 }],
    ]);
    expect(() => parseParameterTable([['colour'], ['red']])).toThrow(/not a kind of choice/);
    expect(() => parseParameterTable([['weights'], ['a1=-1']])).toThrow(/run 1, column "weights"/);
    expect(() => parseParameterTable([['normalise'], ['']])).toThrow(/empty cell/);
    expect(() => parseParameterTable([['normalise']])).toThrow(/at least one run/);
  });
});
