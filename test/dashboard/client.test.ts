// The dashboard's pure parts: URL state round trip, class breaks, static file names, the weights recomputation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staticFileFor } from '../../src/publish/static/staticPath.js';
import { classify, MISSING_COLOUR } from '../../web/src/colour.js';
import { reweigh } from '../../web/src/reweigh.js';
import { escapeAttribute, safeUrl } from '../../web/src/text.js';
import { formatState, parseState, type State } from '../../web/src/state.js';

describe('URL state', () => {
  it('leaves defaults out of the query', () => {
    expect(formatState(parseState(''))).toBe('');
  });

  it('round-trips every view and selection', () => {
    const state: State = {
      view: 'compare',
      edition: 2024,
      col: 'research',
      unit: null,
      units: ['05113000', '05111000'],
      weights: null,
      lang: 'en',
      embed: false,
    };
    expect(parseState(formatState(state))).toEqual(state);
    const weights: State = { ...state, view: 'weights', units: [], weights: { research: 10, employment: 0 } };
    expect(parseState(formatState(weights))).toEqual(weights);
  });

  it('ignores malformed parameters instead of failing', () => {
    const state = parseState('?view=<script>&edition=abc&col=a"b&w=research:-1&units=x,<y>&lang=fr');
    expect(state).toMatchObject({ view: 'overview', edition: null, col: null, weights: null, lang: 'de' });
    expect(state.units).toEqual(['x']);
  });

  it('never produces a query that parses differently (property)', () => {
    const code = fc.stringMatching(/^[a-z0-9_]{1,12}$/);
    fc.assert(
      fc.property(
        fc.constantFrom('overview', 'map', 'regions', 'methodology', 'downloads') as fc.Arbitrary<
          State['view']
        >,
        fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
        fc.option(code, { nil: null }),
        fc.constantFrom('de', 'en') as fc.Arbitrary<State['lang']>,
        (view, edition, col, lang) => {
          const state: State = {
            view,
            edition,
            col,
            unit: null,
            units: [],
            weights: null,
            lang,
            embed: false,
          };
          expect(parseState(formatState(state))).toEqual(state);
        },
      ),
    );
  });
});

describe('class breaks', () => {
  it('splits the range into five nice classes and colours missing values grey', () => {
    const classes = classify([0, 12, 50, 99.5, null]);
    expect(classes.breaks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(classes.classOf(0)).toBe(0);
    expect(classes.classOf(20)).toBe(1);
    expect(classes.classOf(99.5)).toBe(4);
    expect(classes.colourOf(null)).toBe(MISSING_COLOUR);
    expect(new Set(classes.colours).size).toBe(5);
  });

  it('copes with a single value', () => {
    const classes = classify([7, 7]);
    expect(classes.classOf(7)).toBeGreaterThanOrEqual(0);
    expect(classes.breaks[0]).toBeLessThanOrEqual(7);
    expect(classes.breaks.at(-1)).toBeGreaterThanOrEqual(7);
  });
});

describe('static file names', () => {
  it('puts the query into the file name and keeps downloads as they are', () => {
    expect(staticFileFor('/api/editions')).toBe('api/editions.json');
    expect(staticFileFor('api/editions/2025/results', { unitSet: 'regions' })).toBe(
      'api/editions/2025/results.regions.json',
    );
    expect(staticFileFor('api/editions/2025/download/municipalities.csv')).toBe(
      'api/editions/2025/download/municipalities.csv',
    );
    expect(staticFileFor('api/x', { b: '2', a: '../1' })).toBe('api/x.___1.2.json');
  });
});

describe('weights recomputation', () => {
  it('is the weighted mean of the present sub-indices, ranked descending with shared ranks', () => {
    const result = reweigh({
      root: 'index',
      children: ['a', 'b'],
      // units: (10, 30), (20, missing), (40, 10), (25, 25)
      scores: [
        [10, 20, 40, 25],
        [30, null, 10, 25],
      ],
      weights: [1, 3],
      method: 'arithmetic',
    });
    // (10 + 90) / 4, 20 alone, (40 + 30) / 4, 25
    expect(result.scores).toEqual([25, 20, 17.5, 25]);
    expect(result.ranks).toEqual([1, 3, 4, 1]);
  });

  it('reports an unknown aggregation method', () => {
    expect(() =>
      reweigh({ root: 'index', children: ['a'], scores: [[1]], weights: [1], method: 'nonsense' }),
    ).toThrow(/unknown aggregation method "nonsense"/);
  });
});

describe('text from data', () => {
  it('links only to web addresses', () => {
    expect(safeUrl('https://foerderportal.bund.de/foekat')).toBe('https://foerderportal.bund.de/foekat');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>1</script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });

  it('escapes attribute values of the embed snippets', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
  });
});
