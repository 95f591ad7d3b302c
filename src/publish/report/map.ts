// An SVG map of scores: imported boundaries when there are any, else a schematic map of circles at the centres.
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import type { Geometry, Position } from '../../geodata/types.js';
import { esc, fmt, type Lang } from './html.js';

export interface MapUnit {
  code: string;
  name: string;
  lat: number | null;
  lon: number | null;
  areaKm2: number | null;
  score: number | null;
}

export interface MapOptions {
  /** Boundaries by unit code (WGS84 lon/lat); when absent the map is schematic. */
  boundaries?: ReadonlyMap<string, Geometry> | null;
  width?: number;
  height?: number;
  lang: Lang;
  /** Units to label (default: the five best). */
  labels?: readonly string[];
  highlight?: string | null;
  title: string;
}

const KM_PER_DEGREE = 111.32;

export function scoreMap(
  units: readonly MapUnit[],
  options: MapOptions,
): { svg: string; schematic: boolean } {
  const width = options.width ?? 700;
  const height = options.height ?? 460;
  const boundaries = options.boundaries && options.boundaries.size > 0 ? options.boundaries : null;
  const placed = units.filter((u) => u.lat !== null && u.lon !== null);
  const points: Position[] = boundaries
    ? [...boundaries.values()].flatMap((g) => ringsOf(g).flat())
    : placed.map((u) => [u.lon!, u.lat!]);
  if (points.length === 0) return { svg: '', schematic: !boundaries };
  const lats = points.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const xs = points.map((p) => p[0] * kx);
  const ys = points.map((p) => -p[1]);
  const pad = boundaries ? 0.02 : 0.08;
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs) - pad,
    Math.max(...xs) + pad,
    Math.min(...ys) - pad,
    Math.max(...ys) + pad,
  ];
  const legend = 40;
  const scale = Math.min(width / (maxX - minX), (height - legend) / (maxY - minY));
  const project = ([lon, lat]: Position): [number, number] => [
    (lon * kx - minX) * scale,
    (-lat - minY) * scale,
  ];
  const colour = (s: number | null) =>
    s === null ? '#dddddd' : interpolateYlGnBu(0.1 + (0.85 * Math.max(0, Math.min(100, s))) / 100);
  const shapes: string[] = [];
  const labels = new Set(
    options.labels ??
      [...placed]
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1))
        .slice(0, 5)
        .map((u) => u.code),
  );
  for (const u of units) {
    const title = `<title>${esc(u.name)}: ${fmt(u.score, options.lang)}</title>`;
    const stroke =
      u.code === options.highlight
        ? ' stroke="#d62728" stroke-width="2.5"'
        : ' stroke="#ffffff" stroke-width="0.6"';
    const geometry = boundaries?.get(u.code);
    if (geometry) {
      const d = ringsOf(geometry)
        .map(
          (ring) =>
            'M' +
            ring
              .map((p) =>
                project(p)
                  .map((v) => v.toFixed(1))
                  .join(','),
              )
              .join('L') +
            'Z',
        )
        .join('');
      shapes.push(`<path d="${d}" fill="${colour(u.score)}"${stroke} fill-rule="evenodd">${title}</path>`);
    } else if (u.lat !== null && u.lon !== null) {
      const [x, y] = project([u.lon, u.lat]);
      const rKm = Math.sqrt(Math.max(u.areaKm2 ?? 20, 1) / Math.PI);
      const r = Math.max(3, (rKm / KM_PER_DEGREE) * scale * 0.9);
      shapes.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${colour(u.score)}"${stroke} fill-opacity="0.9">${title}</circle>`,
      );
    }
  }
  const texts = placed
    .filter((u) => labels.has(u.code) || u.code === options.highlight)
    .map((u) => {
      const [x, y] = project([u.lon!, u.lat!]);
      return `<text x="${x.toFixed(1)}" y="${(y + 3).toFixed(1)}" text-anchor="middle" font-size="10" font-weight="bold" fill="#111" stroke="#fff" stroke-width="2.5" paint-order="stroke">${esc(u.name)}</text>`;
    });
  const legendItems = [0, 25, 50, 75, 100]
    .map(
      (v, i) =>
        `<rect x="${10 + i * 60}" y="${height - 28}" width="60" height="10" fill="${colour(v)}"/><text x="${10 + i * 60}" y="${height - 8}" font-size="9">${fmt(v, options.lang, 0)}</text>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(options.title)}">` +
    shapes.join('') +
    texts.join('') +
    legendItems +
    `<text x="330" y="${height - 18}" font-size="9">${esc(options.title)}</text></svg>`;
  return { svg, schematic: !boundaries };
}

function ringsOf(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates as Position[][];
  if (g.type === 'MultiPolygon') return (g.coordinates as Position[][][]).flat();
  return [];
}
