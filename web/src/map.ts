// Choropleth map in SVG: imported boundaries when there are any, else a schematic map of Voronoi cells around centres.
import { Delaunay } from 'd3-delaunay';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Classes } from './colour.js';
import { MISSING_COLOUR } from './colour.js';
import type { ResultRow } from './contract.js';
import { h, s } from './dom.js';
import * as format from './format.js';
import { featureCode } from './geometry.js';
import { t } from './i18n.js';

const WIDTH = 640;
const HEIGHT = 480;
const PAD = 12;

export interface MapInput {
  rows: readonly ResultRow[];
  value: (row: ResultRow) => number | null;
  classes: Classes;
  /** Imported boundaries (already rewound), or null for the schematic map. */
  geometries: FeatureCollection | null;
  /** What the colours show (for the labels). */
  subject: string;
  onSelect: (row: ResultRow) => void;
}

let maps = 0;

/** A figure with the map, its caption (saying when it is schematic) and the legend. */
export function choropleth(input: MapInput): HTMLElement {
  const id = `map-${++maps}`;
  const schematic = input.geometries === null;
  const svg = s('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-labelledby': `${id}-caption`,
    class: 'map',
  });
  const cells = schematic ? schematicCells(input.rows, id) : boundaryCells(input.rows, input.geometries!);
  if (schematic) svg.append(cells.defs!);
  for (const { row, d } of cells.shapes) {
    const value = input.value(row);
    const path = s(
      'path',
      {
        d,
        fill: input.classes.colourOf(value),
        class: 'unit',
        'data-code': row.code,
        'clip-path': schematic ? `url(#${id}-clip)` : null,
      },
      s('title', {}, `${row.name}: ${format.number(value)}`),
    );
    path.addEventListener('click', () => input.onSelect(row));
    svg.append(path);
  }
  const caption = h(
    'figcaption',
    { id: `${id}-caption` },
    `${t('mapLabel')} ${input.subject}`,
    schematic ? h('strong', { class: 'schematic-label' }, ` – ${t('schematic')}`) : null,
  );
  return h(
    'figure',
    {
      class: schematic ? 'map-figure schematic' : 'map-figure',
      'data-map': schematic ? 'schematic' : 'boundaries',
    },
    caption,
    svg,
    schematic ? h('p', { class: 'note' }, t('schematicNote')) : null,
    legend(input.classes),
  );
}

/** The legend: one swatch per class with its range, and one for missing values. */
export function legend(classes: Classes): HTMLElement {
  const { breaks, colours } = classes;
  const width = (breaks.at(-1)! - breaks[0]!) / colours.length;
  const digits = width >= 5 ? 0 : width >= 0.5 ? 1 : 2;
  const swatch = (colour: string): SVGSVGElement =>
    s(
      'svg',
      { width: 18, height: 18, 'aria-hidden': 'true', class: 'swatch' },
      s('rect', { width: 18, height: 18, fill: colour }),
    );
  const items = colours.map((colour, i) =>
    h(
      'li',
      {},
      swatch(colour),
      `${format.number(breaks[i], digits)} – ${format.number(breaks[i + 1], digits)}`,
    ),
  );
  items.push(h('li', {}, swatch(MISSING_COLOUR), t('noData')));
  return h('div', { class: 'legend' }, h('p', { class: 'legend-title' }, t('legend')), h('ul', {}, ...items));
}

interface Cells {
  shapes: { row: ResultRow; d: string }[];
  defs?: SVGDefsElement;
}

/** Boundaries projected (Mercator) to fit the frame; units without a boundary are left out. */
function boundaryCells(rows: readonly ResultRow[], geometries: FeatureCollection): Cells {
  const projection = geoMercator().fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, HEIGHT - PAD],
    ],
    geometries,
  );
  const path = geoPath(projection);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const shapes: Cells['shapes'] = [];
  for (const feature of geometries.features) {
    const code = featureCode(feature);
    const row = code === null ? undefined : byCode.get(code);
    const d = path(feature);
    if (row && d) shapes.push({ row, d });
  }
  return { shapes };
}

/**
 * Voronoi cells around the centre coordinates (equirectangular, scaled by the cosine of the mean latitude),
 * clipped to circles around the centres so that the outline follows the area roughly.
 */
function schematicCells(rows: readonly ResultRow[], id: string): Cells {
  const located = rows.filter((row) => row.lat !== null && row.lon !== null);
  const meanLat = located.reduce((sum, row) => sum + row.lat!, 0) / (located.length || 1);
  const stretch = Math.cos((meanLat * Math.PI) / 180);
  const xs = located.map((row) => row.lon! * stretch);
  const ys = located.map((row) => -row.lat!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const radius = Math.max(24, 0.09 * Math.min(WIDTH, HEIGHT));
  // The circles that round off the outer cells must fit in the frame.
  const margin = radius + 6;
  const scale = Math.min(
    (WIDTH - 2 * margin) / (maxX - minX || 1),
    (HEIGHT - 2 * margin) / (maxY - minY || 1),
  );
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
  const points = located.map((_, i) => [
    offsetX + (xs[i]! - minX) * scale,
    offsetY + (ys[i]! - minY) * scale,
  ]);
  const voronoi = Delaunay.from(points as [number, number][]).voronoi([0, 0, WIDTH, HEIGHT]);
  const clip = s('clipPath', { id: `${id}-clip` });
  for (const [x, y] of points) clip.append(s('circle', { cx: x!.toFixed(1), cy: y!.toFixed(1), r: radius }));
  return {
    shapes: located.map((row, i) => ({ row, d: voronoi.renderCell(i) })),
    defs: s('defs', {}, clip),
  };
}
