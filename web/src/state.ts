// What the page shows, as a value, and its round trip through the URL's query (deep links, back/forward).
/** The UI languages. */
export type Language = 'de' | 'en';

export const VIEWS = [
  'overview',
  'map',
  'profile',
  'compare',
  'regions',
  'weights',
  'methodology',
  'downloads',
] as const;

export type View = (typeof VIEWS)[number];

export interface State {
  view: View;
  /** Edition year; null = the latest. */
  edition: number | null;
  /** The column (index, sub-index or indicator code) colouring the map and sorting the tables; null = index. */
  col: string | null;
  /** The municipality of the profile. */
  unit: string | null;
  /** The municipalities of the comparison. */
  units: string[];
  /** Weights of the weights explorer, by sub-index code; null = the spec's. */
  weights: Record<string, number> | null;
  lang: Language;
  /** Embedded (iframe) mode: the view alone, without navigation. */
  embed: boolean;
}

const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/** The state a query string describes; anything malformed falls back to the default. */
export function parseState(search: string): State {
  const q = new URLSearchParams(search);
  const view = q.get('view');
  const edition = Number(q.get('edition'));
  const code = (name: string): string | null => {
    const value = q.get(name);
    return value && CODE.test(value) ? value : null;
  };
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : 'overview',
    edition: Number.isInteger(edition) && edition > 1900 && edition < 3000 ? edition : null,
    col: code('col'),
    unit: code('unit'),
    units: (q.get('units') ?? '')
      .split(',')
      .filter((c) => CODE.test(c))
      .slice(0, 5),
    weights: parseWeights(q.get('w')),
    lang: q.get('lang') === 'en' ? 'en' : 'de',
    embed: q.get('embed') === '1',
  };
}

function parseWeights(text: string | null): Record<string, number> | null {
  if (!text) return null;
  const weights: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const [code, value] = pair.split(':');
    const weight = Number(value);
    if (!code || !CODE.test(code) || !Number.isFinite(weight) || weight < 0) return null;
    weights[code] = weight;
  }
  return weights;
}

/** The query string of a state (defaults left out, so links stay short). */
export function formatState(state: State): string {
  const q = new URLSearchParams();
  if (state.view !== 'overview') q.set('view', state.view);
  if (state.edition !== null) q.set('edition', String(state.edition));
  if (state.col) q.set('col', state.col);
  if (state.unit && state.view === 'profile') q.set('unit', state.unit);
  if (state.units.length > 0 && state.view === 'compare') q.set('units', state.units.join(','));
  if (state.weights && state.view === 'weights')
    q.set(
      'w',
      Object.entries(state.weights)
        .map(([code, w]) => `${code}:${w}`)
        .join(','),
    );
  if (state.lang !== 'de') q.set('lang', state.lang);
  if (state.embed) q.set('embed', '1');
  const text = q.toString();
  return text ? `?${text}` : '';
}
