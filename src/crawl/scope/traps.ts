// Bounds for spider traps: depth, URL length, repeated path segments, query explosions, endless calendars.

export interface TrapLimits {
  /** Links followed from the home page at most this deep (home = 0). */
  maxDepth: number;
  maxUrlLength: number;
  /** At most this many query parameters in one URL. */
  maxQueryParams: number;
  /** At most this many URLs per path shape (digits replaced, query values dropped): calendars, pagination. */
  maxPerShape: number;
  /** A path segment repeated this often is a loop (`/a/b/a/b/a/b`). */
  maxSegmentRepeats: number;
}

export const DEFAULT_TRAP_LIMITS: TrapLimits = {
  maxDepth: 5,
  maxUrlLength: 300,
  maxQueryParams: 5,
  maxPerShape: 20,
  maxSegmentRepeats: 3,
};

/** Why a URL is not queued, or null when it may be. */
export type TrapReason = 'depth' | 'url_length' | 'query_params' | 'shape_limit' | 'repeated_segments';

/** Decides per site whether a newly discovered URL looks like part of a trap; remembers the shapes seen. */
export class TrapGuard {
  readonly #limits: TrapLimits;
  readonly #shapes = new Map<string, number>();

  constructor(limits: TrapLimits = DEFAULT_TRAP_LIMITS) {
    this.#limits = limits;
  }

  /** Checks `url` at `depth`; when it passes, counts its shape. */
  admit(url: URL, depth: number): TrapReason | null {
    const limits = this.#limits;
    if (depth > limits.maxDepth) return 'depth';
    if (url.href.length > limits.maxUrlLength) return 'url_length';
    let params = 0;
    for (const _ of url.searchParams.keys()) params++;
    if (params > limits.maxQueryParams) return 'query_params';
    const segments = url.pathname.split('/').filter((s) => s !== '');
    const counts = new Map<string, number>();
    for (const s of segments) {
      const n = (counts.get(s) ?? 0) + 1;
      if (n >= limits.maxSegmentRepeats) return 'repeated_segments';
      counts.set(s, n);
    }
    const shape = shapeOf(url);
    const seen = this.#shapes.get(shape) ?? 0;
    if (seen >= limits.maxPerShape) return 'shape_limit';
    this.#shapes.set(shape, seen + 1);
    return null;
  }
}

/** The path with every digit run as `0` and the sorted query parameter names: `/kalender/0/0?view`. */
export function shapeOf(url: URL): string {
  const path = url.pathname.replace(/\d+/g, '0');
  const names = [...new Set(url.searchParams.keys())].sort().join('&');
  return `${url.host}${path}?${names}`;
}
